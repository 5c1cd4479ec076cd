package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RdsRulesTest {

    private static final List<GuardrailRule> RULES = List.of(new StorageEncryptedRule(), new DeletionProtectionRule(),
            new BackupRetentionRule(), new MultiAzRule(), new PubliclyAccessibleRule());

    private static List<String> ids(String json) {
        return RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(json)).stream())
                .map(Finding::ruleId).toList();
    }

    @Test
    void should_accept_an_aurora_cluster_with_two_instances_in_different_azs() {
        assertThat(ids("""
                {"resource": {
                  "aws_rds_cluster": {"core": {"engine": "aurora-postgresql", "storage_encrypted": true,
                     "deletion_protection": true, "backup_retention_period": 35}},
                  "aws_rds_cluster_instance": {
                     "a": {"cluster_identifier": "${aws_rds_cluster.core.id}", "availability_zone": "us-east-1a"},
                     "b": {"cluster_identifier": "${aws_rds_cluster.core.id}", "availability_zone": "us-east-1b"}}}}
                """)).isEmpty();
    }

    @Test
    void should_report_every_guardrail_a_default_cluster_misses() {
        assertThat(ids("""
                {"resource": {
                  "aws_rds_cluster": {"core": {"engine": "aurora-postgresql", "backup_retention_period": 7}},
                  "aws_rds_cluster_instance": {
                     "a": {"cluster_identifier": "${aws_rds_cluster.core.id}", "publicly_accessible": true}}}}
                """)).containsExactly("HVN-RDS-001", "HVN-RDS-002", "HVN-RDS-003", "HVN-RDS-004", "HVN-RDS-005");
    }

    @Test
    void should_report_two_instances_pinned_to_the_same_az() {
        List<Finding> findings = Inputs.findings(new MultiAzRule(), Inputs.terraform("""
                {"resource": {"aws_rds_cluster": {"core": {"engine": "aurora-postgresql"}},
                  "aws_rds_cluster_instance": {"i": {"count": 2, "cluster_identifier": "${aws_rds_cluster.core.id}"},
                     "j": {"cluster_identifier": "${aws_rds_cluster.core.id}", "availability_zone": "us-east-1a"}}}}
                """));
        assertThat(findings).isEmpty();

        assertThat(Inputs.findings(new MultiAzRule(), Inputs.terraform("""
                {"resource": {"aws_rds_cluster": {"core": {}},
                  "aws_rds_cluster_instance": {
                     "i": {"cluster_identifier": "${aws_rds_cluster.core.id}", "availability_zone": "us-east-1a"},
                     "j": {"cluster_identifier": "${aws_rds_cluster.core.id}", "availability_zone": "us-east-1a"}}}}
                """))).singleElement().satisfies(f -> assertThat(f.message()).contains("all in [us-east-1a]"));
    }

    @Test
    void should_name_the_received_values_of_a_db_instance() {
        List<Finding> findings = RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform("""
                {"resource": {"aws_db_instance": {"pg": {"storage_encrypted": false, "multi_az": false}}}}
                """)).stream()).toList();

        assertThat(findings).extracting(Finding::message).containsExactly(
                "aws_db_instance.pg has storage_encrypted false, expected true",
                "aws_db_instance.pg has deletion_protection not set, expected true",
                "aws_db_instance.pg has backup_retention_period not set (AWS default: 1 day), expected at least 35",
                "aws_db_instance.pg has multi_az false, expected true");
    }

    @Test
    void should_not_report_values_unknown_until_apply_in_a_plan() {
        String plan = """
                {"planned_values": {"root_module": {"resources": [
                  {"address": "aws_db_instance.pg", "mode": "managed", "type": "aws_db_instance", "name": "pg",
                   "values": {"deletion_protection": true, "backup_retention_period": 35, "multi_az": true}}]}},
                 "resource_changes": [{"address": "aws_db_instance.pg", "change": {"actions": ["create"],
                   "after_unknown": {"storage_encrypted": true}}}]}
                """;

        for (GuardrailRule rule : RULES) {
            assertThat(Inputs.findings(rule, Inputs.plan(plan))).as(rule.info().id()).isEmpty();
        }
    }
}
