package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuardrailCheckTest {

    @Test
    void should_find_nothing_in_a_compliant_data_stack() {
        List<Finding> findings = new GuardrailCheck().check(
                Inputs.terraform(Inputs.resource("stacks/compliant-data-stack.tf.json")));

        assertThat(findings).isEmpty();
    }

    @Test
    void should_report_what_breaks_when_a_guardrail_is_removed() {
        String stack = Inputs.resource("stacks/compliant-data-stack.tf.json")
                .replace("\"backup_retention_period\": 35", "\"backup_retention_period\": 7")
                .replace("\"CostCenter\": \"CC-4300\", ", "");

        List<Finding> findings = new GuardrailCheck().check(Inputs.terraform(stack));

        assertThat(findings).extracting(Finding::ruleId).containsOnly("HVN-TAG-001", "HVN-RDS-003");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("HVN-RDS-003")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("aws_rds_cluster.core_cluster_7C has "
                        + "backup_retention_period 7, expected at least 35"));
    }

    @Test
    void should_locate_findings_at_the_offending_value() {
        List<Finding> findings = new GuardrailCheck().check(Inputs.pointing("""
                {"resource": {"aws_dynamodb_table": {"t": {"point_in_time_recovery": [{"enabled": false}]}}}}
                """));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("HVN-DDB-001")).singleElement()
                .satisfies(f -> assertThat(f.location().file())
                        .isEqualTo("/resource/aws_dynamodb_table/t/point_in_time_recovery/0/enabled"));
    }

    @Test
    void should_say_which_rules_did_not_apply() {
        List<RuleResult> results = new GuardrailCheck().results(Inputs.terraform("""
                {"resource": {"aws_sns_topic": {"t": {"kms_master_key_id": "alias/aws/sns"}}}}
                """));

        assertThat(results).filteredOn(RuleResult::applicable).hasSize(2);
        assertThat(results).filteredOn(RuleResult::compliant).hasSize(1);
    }
}
