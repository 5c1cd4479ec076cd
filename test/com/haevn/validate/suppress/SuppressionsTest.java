package com.haevn.validate.suppress;

import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuppressionsTest {

    private static final Path DOCUMENT = Path.of("test/resources/validate/suppress/suppressed.tf.json");

    private static Finding only(ValidationResult result, String rule, String address) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule) && f.address().equals(address))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " on " + address + " in "
                        + result.findings()));
    }

    @Test
    void should_apply_an_in_source_suppression_with_a_reason_and_keep_the_finding() {
        ValidationResult result = new Validator(Checks.all(), Suppressions.none()).validate(List.of(DOCUMENT));

        Finding vendor = only(result, "HVN-TF-107", "aws_s3_bucket.vendor");
        assertThat(vendor.suppressed()).isTrue();
        assertThat(SuppressionKind.of(vendor.suppressedReason())).isEqualTo(SuppressionKind.IN_SOURCE);
        assertThat(SuppressionKind.reason(vendor.suppressedReason()))
                .isEqualTo("Imported from the vendor's template verbatim");
    }

    @Test
    void should_refuse_an_in_source_suppression_with_a_short_reason() {
        ValidationResult result = new Validator(Checks.all(), Suppressions.none()).validate(List.of(DOCUMENT));

        assertThat(only(result, "HVN-TF-107", "aws_s3_bucket.short_reason").suppressed()).isFalse();
        assertThat(only(result, LanguageRules.BAD_SUPPRESSION.id(), "aws_s3_bucket.short_reason").message())
                .contains("6 characters");
    }

    @Test
    void should_apply_a_suppressions_file_entry_matching_rule_address_and_file() throws SuppressionError {
        List<Suppression> entries = SuppressionFile.read(Path.of("test/resources/validate/suppress/suppressions.yaml"));

        ValidationResult without = new Validator(Checks.all(), Suppressions.none()).validate(List.of(DOCUMENT));
        ValidationResult with = new Validator(Checks.all(), Suppressions.of(entries)).validate(List.of(DOCUMENT));

        assertThat(only(without, "HVN-TF-103", "aws_sqs_queue.external").suppressed()).isFalse();
        Finding external = only(with, "HVN-TF-103", "aws_sqs_queue.external");
        assertThat(external.suppressed()).isTrue();
        assertThat(SuppressionKind.of(external.suppressedReason())).isEqualTo(SuppressionKind.EXTERNAL);
    }

    @Test
    void should_not_apply_a_file_entry_whose_glob_does_not_match() {
        Suppression elsewhere = new Suppression("HVN-TF-103", "aws_sqs_queue.external",
                "Only for the imported directory, nowhere else", "imported/*.tf.json");

        ValidationResult result = new Validator(Checks.all(), Suppressions.of(List.of(elsewhere)))
                .validate(List.of(DOCUMENT));

        assertThat(only(result, "HVN-TF-103", "aws_sqs_queue.external").suppressed()).isFalse();
    }

    @Test
    void should_refuse_a_suppressions_file_entry_with_a_short_reason() {
        assertThatThrownBy(() -> SuppressionFile.read(Path.of("test/resources/validate/suppress/short-reason.json")))
                .isInstanceOf(SuppressionError.class)
                .hasMessageContaining("suppression #1")
                .hasMessageContaining("at least 20");
    }

    @Test
    void should_match_address_globs() {
        assertThat(Suppression.globMatches("aws_s3_bucket.*", "aws_s3_bucket.logs")).isTrue();
        assertThat(Suppression.globMatches("*", "anything")).isTrue();
        assertThat(Suppression.globMatches("aws_s3_bucket.*", "aws_sqs_queue.q")).isFalse();
        assertThat(Suppression.globMatches("*.logs", "aws_s3_bucket.logs")).isTrue();
    }
}
