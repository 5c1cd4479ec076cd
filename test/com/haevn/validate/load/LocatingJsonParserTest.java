package com.haevn.validate.load;

import com.haevn.validate.core.SourceLocation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class LocatingJsonParserTest {

    private final LocatingJsonParser parser = new LocatingJsonParser();

    private ParsedJson parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private ParsedJson parse(byte[] bytes) {
        return parser.parse("f.tf.json", new ByteArrayInputStream(bytes));
    }

    @Test
    void should_locate_keys_and_array_elements_by_json_pointer() {
        // GIVEN a document spread over several lines
        ParsedJson parsed = parse("{\n  \"resource\": {\n    \"aws_sqs_queue\": {\n      \"q\": {\"name\": \"a\", "
                + "\"tags\": [1,\n 2]}\n    }\n  }\n}\n");

        // THEN pointers resolve to the key (objects) or the value (arrays)
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.locations().locate("/resource/aws_sqs_queue/q/name"))
                .isEqualTo(new SourceLocation("f.tf.json", 4, 13));
        assertThat(parsed.locations().locate("/resource/aws_sqs_queue/q/tags/1"))
                .isEqualTo(new SourceLocation("f.tf.json", 5, 2));
        assertThat(parsed.locations().locate("/resource")).isEqualTo(new SourceLocation("f.tf.json", 2, 3));
    }

    @Test
    void should_fall_back_to_the_nearest_ancestor_for_a_missing_pointer() {
        ParsedJson parsed = parse("{\n \"a\": {\n  \"b\": 1}}");

        assertThat(parsed.locations().locate("/a/missing/deeper")).isEqualTo(new SourceLocation("f.tf.json", 2, 2));
        assertThat(parsed.locations().locate("")).isEqualTo(new SourceLocation("f.tf.json", 1, 1));
    }

    @Test
    void should_report_a_syntax_error_with_line_and_column() {
        ParsedJson parsed = parse("{\n  \"a\": 1,\n  \"b\" 2\n}");

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errorAt().line()).isEqualTo(3);
        assertThat(parsed.errorAt().column()).isGreaterThan(1);
        assertThat(parsed.error()).startsWith("invalid JSON");
    }

    @Test
    void should_report_an_empty_file() {
        assertThat(parse("").error()).contains("empty");
        assertThat(parse("   \n ").error()).contains("empty");
    }

    @Test
    void should_refuse_nesting_deeper_than_the_limit() {
        String deep = "[".repeat(LocatingJsonParser.MAX_DEPTH + 10) + "]".repeat(LocatingJsonParser.MAX_DEPTH + 10);
        String fine = "[".repeat(100) + "]".repeat(100);

        assertThat(parse(deep).ok()).isFalse();
        assertThat(parse(deep).error()).containsIgnoringCase("depth");
        assertThat(parse(fine).ok()).isTrue();
    }

    @Test
    void should_refuse_strings_longer_than_the_limit() {
        String huge = "{\"a\": \"" + "x".repeat(LocatingJsonParser.MAX_STRING_CHARS + 1) + "\"}";

        assertThat(parse(huge).ok()).isFalse();
    }

    @Test
    void should_accept_a_byte_order_mark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);

        assertThat(parse(all).ok()).isTrue();
        assertThat(parse(all).root().get("a").asInt()).isEqualTo(1);
    }

    @Test
    void should_report_binary_junk_without_throwing() {
        byte[] junk = {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80, (byte) 0xC3};

        ParsedJson parsed = parse(junk);

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.errorAt().file()).isEqualTo("f.tf.json");
    }

    @Test
    void should_report_content_after_the_value_and_repeated_keys() {
        assertThat(parse("{} {}").ok()).isFalse();

        ParsedJson duplicate = parse("{\"a\": 1, \"a\": 2}");
        assertThat(duplicate.ok()).isTrue();
        assertThat(duplicate.duplicateKeys()).hasSize(1);
        assertThat(duplicate.root().get("a").asInt()).isEqualTo(2);
    }
    @Test
    void should_not_leak_the_parser_source_description_into_messages() {
        for (String broken : new String[] {"{\"resource\": {\"a\": [1, 2", "{\"a\": tru}", "[1, 2,, 3]", "{\"a\" 1}"}) {
            ParsedJson parsed = parse(broken);

            assertThat(parsed.ok()).isFalse();
            assertThat(parsed.error()).as(broken).doesNotContain("Source").doesNotContain("REDACTED")
                    .doesNotContain("StreamReadFeature").startsWith("invalid JSON: ");
        }
    }
}
