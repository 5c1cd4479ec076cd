package com.haevn.validate.suppress;

import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan in a stack folder takes the in-source suppressions of the configuration it was planned from. */
class PlanSuppressionsTest {

    private static final String PLAN = """
            {"format_version": "1.2", "terraform_version": "1.11.4",
             "planned_values": {"root_module": {"resources": [
              {"address": "aws_db_instance.pg%1$s", "mode": "managed", "type": "aws_db_instance", "name": "pg",
               "values": {"multi_az": false, "deletion_protection": true, "backup_retention_period": 35,
                          "publicly_accessible": false, "storage_encrypted": true}}]}},
             "resource_changes": [{"address": "aws_db_instance.pg%1$s", "mode": "managed", "type": "aws_db_instance",
               "name": "pg", "change": {"actions": ["create"], "after_unknown": {"tags_all": true}}}]}
            """;

    private static final String CONFIGURATION = """
            {"resource": {"aws_db_instance": {"pg": {"multi_az": false,
              "//": {"suppressions": [{"rule": "HVN-RDS-004", "reason": "development runs one instance in one AZ"}]}}}}}
            """;

    @TempDir
    Path stack;

    private List<Finding> multiAzFindings(Path plan) {
        ValidationResult result = new Validator(Checks.all(), Suppressions.none()).validate(List.of(plan));
        return result.findings().stream().filter(f -> f.ruleId().equals("HVN-RDS-004")).toList();
    }

    @Test
    void should_suppress_a_plan_finding_that_the_configuration_beside_it_suppresses() throws IOException {
        Files.writeString(stack.resolve("cdk.tf.json"), CONFIGURATION);
        Path plan = Files.writeString(stack.resolve("plan.json"), PLAN.formatted(""));

        assertThat(multiAzFindings(plan)).singleElement().satisfies(f -> {
            assertThat(f.suppressed()).isTrue();
            assertThat(SuppressionKind.of(f.suppressedReason())).isEqualTo(SuppressionKind.IN_SOURCE);
            assertThat(SuppressionKind.reason(f.suppressedReason())).isEqualTo("development runs one instance in one AZ");
        });
    }

    @Test
    void should_cover_every_instance_of_a_suppressed_resource() throws IOException {
        Files.writeString(stack.resolve("cdk.tf.json"), CONFIGURATION);
        Path plan = Files.writeString(stack.resolve("plan.json"), PLAN.formatted("[0]"));

        assertThat(multiAzFindings(plan)).singleElement().satisfies(f -> assertThat(f.suppressed()).isTrue());
    }

    @Test
    void should_keep_the_finding_of_a_plan_without_its_configuration_beside_it() throws IOException {
        Path plan = Files.writeString(stack.resolve("plan.json"), PLAN.formatted(""));

        assertThat(multiAzFindings(plan)).singleElement().satisfies(f -> assertThat(f.suppressed()).isFalse());
    }
}
