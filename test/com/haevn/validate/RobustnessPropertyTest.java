package com.haevn.validate;

import com.haevn.validate.core.Finding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes it is given, the validator answers with findings and an exit code and never throws: random bytes,
 * truncated and mutated real stacks, random Terraform-shaped JSON, deep nesting and huge strings (10,000+ inputs).
 */
class RobustnessPropertyTest {

    private static Path file;
    private static List<byte[]> seeds;
    private static final Validator VALIDATOR = new Validator();

    @BeforeContainer
    static void setUp() throws IOException {
        file = Files.createTempFile("robustness", ".tf.json");
        seeds = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("test/resources/validate"))) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".tf.json")).sorted().toList()) {
                seeds.add(Files.readAllBytes(seed));
            }
        }
    }

    @AfterContainer
    static void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    private static void validatesWithoutThrowing(byte[] bytes) throws IOException {
        Files.write(file, bytes);
        ValidationResult result = VALIDATOR.validate(List.of(file));
        assertThat(result.exitCode()).isBetween(0, 2);
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("HVN-TF-999"));
        for (Finding finding : result.findings()) {
            assertThat(finding.location().file()).isEqualTo(file.toString());
            assertThat(finding.message()).isNotBlank();
        }
    }

    @Property(tries = 2500)
    void random_bytes_never_crash(@ForAll("randomBytes") byte[] bytes) throws IOException {
        validatesWithoutThrowing(bytes);
    }

    @Property(tries = 2500)
    void truncated_and_mutated_stacks_never_crash(@ForAll("mutatedSeeds") byte[] bytes) throws IOException {
        validatesWithoutThrowing(bytes);
    }

    @Property(tries = 2500)
    void random_terraform_shaped_json_never_crashes(@ForAll("terraformShaped") String json) throws IOException {
        validatesWithoutThrowing(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2500)
    void deep_nesting_never_crashes(@ForAll("deeplyNested") String json) throws IOException {
        validatesWithoutThrowing(json.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 12)
    void huge_strings_never_crash(@ForAll("hugeStrings") String json) throws IOException {
        validatesWithoutThrowing(json.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    @Provide
    Arbitrary<byte[]> mutatedSeeds() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE - 1),
                Arbitraries.longs(), Arbitraries.integers().between(0, 3)).as((index, seed, mode) -> {
                    byte[] original = seeds.get(index % seeds.size());
                    Random random = new Random(seed);
                    return switch (mode) {
                        case 0 -> java.util.Arrays.copyOf(original, random.nextInt(original.length + 1));
                        case 1 -> flipBytes(original, random);
                        case 2 -> spliceTokens(original, random);
                        default -> dropRange(original, random);
                    };
                });
    }

    @Provide
    Arbitrary<String> terraformShaped() {
        Arbitrary<String> types = Arbitraries.of("aws_s3_bucket", "aws_sqs_queue", "aws_vpc", "aws_subnet",
                "aws_security_group", "aws_db_instance", "aws_sqs_queu", "cloudflare_record", "helm_release",
                "random_id", "", "9x", "a.b", "//", "dynamic");
        Arbitrary<String> keys = Arbitraries.of("bucket", "name", "tags", "versioning", "cors_rule", "ingress",
                "count", "for_each", "depends_on", "lifecycle", "dynamic", "//", "arn", "vpc_id", "cidr_block",
                "suppressions", "content", "rule", "enabled", "x", "");
        Arbitrary<String> leaves = Arbitraries.of("\"${aws_vpc.main.id}\"", "\"${var.x\"", "\"$${\"", "\"%{ if }\"",
                "\"${[for a in var.b : a.c]}\"", "\"${aws_vpc.}\"", "\"${data.}\"", "\"${module}\"", "\"${.}\"",
                "true", "1", "-1.5e300", "null", "\"\"", "\"1\"", "[]", "{}", "[{}]", "[1,\"a\",null]",
                "{\"suppressions\": [{\"rule\": \"HVN-TF-103\", \"reason\": \"short\"}]}",
                "{\"suppressions\": \"x\"}", "\"${\\\"${var.x}\\\"}\"", "\"${a[*].b[\"}\"");
        return Combinators.combine(types.list().ofMaxSize(4), keys.list().ofMaxSize(6), leaves.list().ofMaxSize(6),
                Arbitraries.longs()).as((typeList, keyList, leafList, seed) -> {
                    Random random = new Random(seed);
                    StringBuilder json = new StringBuilder("{");
                    String[] tops = {"resource", "data", "variable", "locals", "output", "module", "provider",
                            "terraform", "moved", "check", "bogus"};
                    int blocks = 1 + random.nextInt(3);
                    for (int b = 0; b < blocks; b++) {
                        if (b > 0) {
                            json.append(',');
                        }
                        String top = tops[random.nextInt(tops.length)];
                        json.append('"').append(top).append("\":");
                        json.append(randomValue(random, typeList, keyList, leafList, 0));
                    }
                    return json.append('}').toString();
                });
    }

    @Provide
    Arbitrary<String> deeplyNested() {
        return Combinators.combine(Arbitraries.integers().between(1, 3000), Arbitraries.of("[", "{\"a\":",
                "{\"resource\":", "{\"x\":[")).as((depth, opener) -> {
                    String closer = switch (opener) {
                        case "[" -> "]";
                        case "{\"x\":[" -> "]}";
                        default -> "}";
                    };
                    return opener.repeat(depth) + "1" + closer.repeat(depth);
                });
    }

    @Provide
    Arbitrary<String> hugeStrings() {
        return Arbitraries.of(1_000, 1_000_000, 17_000_000).map(size -> "{\"resource\": {\"aws_sqs_queue\": "
                + "{\"q\": {\"name\": \"" + "${".repeat(size / 2) + "\"}}}}");
    }

    private static String randomValue(Random random, List<String> types, List<String> keys, List<String> leaves,
                                      int depth) {
        int choice = depth > 5 ? 3 : random.nextInt(4);
        if (choice == 3 || (types.isEmpty() && keys.isEmpty())) {
            return leaves.isEmpty() ? "null" : leaves.get(random.nextInt(leaves.size()));
        }
        if (choice == 2) {
            StringBuilder array = new StringBuilder("[");
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                array.append(i > 0 ? "," : "").append(randomValue(random, types, keys, leaves, depth + 1));
            }
            return array.append(']').toString();
        }
        List<String> names = choice == 0 && !types.isEmpty() ? types : keys.isEmpty() ? types : keys;
        StringBuilder object = new StringBuilder("{");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            object.append(i > 0 ? "," : "").append('"').append(names.get(random.nextInt(names.size())))
                    .append("\":").append(randomValue(random, types, keys, leaves, depth + 1));
        }
        return object.append('}').toString();
    }

    private static byte[] flipBytes(byte[] original, Random random) {
        byte[] copy = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] spliceTokens(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "${", "}}", "null", "\\", "\"${var.", "1e999999",
                "\u0000", "\uFEFF"};
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            out.insert(random.nextInt(out.length() + 1), tokens[random.nextInt(tokens.length)]);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] dropRange(byte[] original, Random random) {
        if (original.length == 0) {
            return original;
        }
        int from = random.nextInt(original.length);
        int to = Math.min(original.length, from + random.nextInt(200));
        byte[] out = new byte[original.length - (to - from)];
        System.arraycopy(original, 0, out, 0, from);
        System.arraycopy(original, to, out, from, original.length - to);
        return out;
    }
}
