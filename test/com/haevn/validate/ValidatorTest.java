package com.haevn.validate;

import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidatorTest {

    private static final Path STACKS = Path.of("test/resources/validate/stacks");

    @Test
    void should_pass_the_realistic_stacks() {
        // the language checks only: these fixtures are schema-valid AWS stacks, not stacks of this platform
        ValidationResult result = new Validator(Checks.language(ProviderSchemas.bundled()), Suppressions.none())
                .validate(List.of(STACKS));

        assertThat(result.findings()).isEmpty();
        assertThat(result.files()).hasSize(4);
        assertThat(result.exitCode()).isEqualTo(ValidationResult.OK);
    }

    @Test
    void should_report_a_throwing_check_as_a_finding_and_keep_running_the_others() {
        // GIVEN a check that always throws, next to a working one
        DocumentCheck broken = new DocumentCheck() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Finding> check(LoadedDocument document) {
                throw new IllegalStateException("boom");
            }
        };
        List<DocumentCheck> checks = new java.util.ArrayList<>(Checks.all());
        checks.add(0, broken);

        // WHEN
        ValidationResult result = new Validator(checks, Suppressions.none())
                .validate(List.of(Path.of("test/resources/validate/schema/types-unknown.tf.json")));

        // THEN
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-TF-999");
            assertThat(f.message()).contains("broken").contains("boom");
        });
        assertThat(result.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("HVN-TF-101"));
        assertThat(result.exitCode()).isEqualTo(ValidationResult.FAILED);
    }

    @Test
    void should_give_exit_code_2_for_unreadable_input() {
        ValidationResult result = new Validator().validate(List.of(Path.of("test/resources/validate/nope.tf.json")));

        assertThat(result.exitCode()).isEqualTo(ValidationResult.BAD_INPUT);
    }

    @Test
    void should_sort_findings_deterministically() {
        ValidationResult first = new Validator().validate(List.of(Path.of("test/resources/validate/schema")));
        ValidationResult second = new Validator().validate(List.of(Path.of("test/resources/validate/schema")));

        assertThat(first.findings()).isEqualTo(second.findings()).isSortedAccordingTo(Validator.ORDER);
    }
}
