package com.haevn.validate.dr;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisasterRecoveryCheckTest {

    private final DisasterRecoveryCheck check = new DisasterRecoveryCheck();

    private List<Finding> findings(String json) {
        return check.check(Inputs.terraform(json));
    }

    @Test
    void should_report_nothing_for_inputs_without_dr_assets() {
        assertThat(findings("{\"resource\": {\"aws_vpc\": {\"v\": {}}, \"aws_sqs_queue\": {\"q\": {}}}}")).isEmpty();
    }

    @Test
    void should_error_per_asset_held_without_any_mechanism() {
        assertThat(findings("""
                {"resource": {"aws_rds_cluster": {"core": {}}, "aws_s3_bucket": {"files": {}},
                  "aws_elasticache_replication_group": {"redis": {}}}}
                """)).extracting(Finding::ruleId, Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("HVN-DR-001", Severity.ERROR,
                        "Core DB (RPO 15 s, RTO 60 min): no cross-region replication found in this input"),
                org.assertj.core.groups.Tuple.tuple("HVN-DR-001", Severity.ERROR,
                        "Object Storage (RPO 60 s, RTO 4 h): no cross-region replication found in this input"),
                org.assertj.core.groups.Tuple.tuple("HVN-DR-001", Severity.ERROR,
                        "Redis (RPO 5 s, RTO 30 min): no cross-region replication found in this input"));
    }

    @Test
    void should_note_aurora_global_database_and_global_datastore_as_best_effort() {
        List<Finding> findings = findings("""
                {"resource": {"aws_rds_global_cluster": {"core": {"global_cluster_identifier": "haevn-core"}},
                  "aws_rds_cluster": {"core": {"global_cluster_identifier": "${aws_rds_global_cluster.core.id}"}},
                  "aws_elasticache_replication_group": {"redis": {}},
                  "aws_elasticache_global_replication_group": {"g": {"primary_replication_group_id": "x"}}}}
                """);

        assertThat(findings).extracting(Finding::ruleId).containsExactly("HVN-DR-003", "HVN-DR-003");
        assertThat(findings.get(0).address()).isEqualTo("aws_rds_global_cluster.core");
        assertThat(findings.get(0).message()).contains("best effort, not guaranteed").contains("under 1 s");
        assertThat(findings.get(1).message()).startsWith("Redis (RPO 5 s, RTO 30 min): ElastiCache Global Datastore");
    }

    @Test
    void should_not_take_a_plans_computed_global_id_for_a_join() {
        // dev's single-region cache: the provider computes global_replication_group_id, unknown until apply
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_elasticache_replication_group.redis", "mode": "managed",
                   "type": "aws_elasticache_replication_group", "name": "redis", "values": {"engine": "redis"}}]}},
                 "resource_changes": [{"address": "aws_elasticache_replication_group.redis", "mode": "managed",
                   "type": "aws_elasticache_replication_group", "name": "redis", "change": {"actions": ["create"],
                   "after_unknown": {"global_replication_group_id": true, "id": true}}}]}
                """;

        assertThat(check.check(Inputs.plan(plan))).extracting(Finding::ruleId).containsExactly("HVN-DR-001");
    }

    @Test
    void should_take_a_secondarys_known_global_id_in_a_plan_for_a_join() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_elasticache_replication_group.redis", "mode": "managed",
                   "type": "aws_elasticache_replication_group", "name": "redis",
                   "values": {"engine": "redis", "global_replication_group_id": "ldgnf-haevn-prod-cache"}}]}},
                 "resource_changes": [{"address": "aws_elasticache_replication_group.redis", "mode": "managed",
                   "type": "aws_elasticache_replication_group", "name": "redis", "change": {"actions": ["create"],
                   "after_unknown": {"id": true}}}]}
                """;

        assertThat(check.check(Inputs.plan(plan))).extracting(Finding::ruleId).containsExactly("HVN-DR-003");
    }

    @Test
    void should_warn_that_s3_rtc_cannot_meet_a_60_second_rpo() {
        List<Finding> findings = findings("""
                {"resource": {"aws_s3_bucket": {"files": {}},
                  "aws_s3_bucket_replication_configuration": {"files": {"bucket": "${aws_s3_bucket.files.id}",
                    "rule": [{"status": "Enabled", "destination": [{"bucket": "arn:aws:s3:::haevn-files-usw2",
                      "replication_time": [{"status": "Enabled", "time": [{"minutes": 15}]}]}]}]}}}}
                """);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-DR-002");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("S3 Replication Time Control").contains("99.99% of new objects "
                    + "replicated within 15 minutes");
        });
    }

    @Test
    void should_judge_documented_figures_against_targets() {
        assertThat(AssetAssessment.judge(seed(RecoveryAsset.OBJECT_STORAGE), DocumentedBounds.S3_REPLICATION_TIME_CONTROL))
                .isEqualTo(Verdict.CANNOT_MEET);
        assertThat(AssetAssessment.judge(seed(RecoveryAsset.CORE_DB), DocumentedBounds.AURORA_GLOBAL_DATABASE))
                .isEqualTo(Verdict.BEST_EFFORT);
        assertThat(AssetAssessment.judge(seed(RecoveryAsset.CORE_DB), DocumentedBounds.RDS_CROSS_REGION_REPLICA))
                .isEqualTo(Verdict.CANNOT_MEET);
        ReplicationMechanism guaranteedFast = new ReplicationMechanism("x",
                java.util.Optional.of(java.time.Duration.ofSeconds(10)), java.util.Optional.empty(),
                java.util.Optional.empty(), "");
        assertThat(AssetAssessment.judge(seed(RecoveryAsset.CORE_DB), guaranteedFast)).isEqualTo(Verdict.MEETS);
        assertThat(AssetAssessment.judge(seed(RecoveryAsset.REDIS), guaranteedFast)).isEqualTo(Verdict.CANNOT_MEET);
    }

    private static RecoveryTarget seed(RecoveryAsset asset) {
        return RecoveryTargets.seed().target(asset);
    }

    @Test
    void should_apply_the_targets_given_for_the_stack_instead_of_the_seeds() {
        // GIVEN an Aurora global database: typical RPO 1 s, no guarantee, so best effort against the seed's 15 s
        String stack = """
                {"resource": {"aws_rds_global_cluster": {"g": {}}, "aws_rds_cluster": {"core": {}}}}
                """;
        RecoveryTargets strict = RecoveryTargets.seed().with(RecoveryAsset.CORE_DB, new RecoveryTarget(
                java.time.Duration.ofMillis(500), java.time.Duration.ofMinutes(60)));
        DisasterRecoveryCheck byStack = new DisasterRecoveryCheck(
                com.haevn.validate.config.RootConfigurations.detect(),
                RecoveryTargetsByStack.seed().withStackPrefix("prod-", strict));

        // WHEN the same stack is a prod stack and a dev stack
        List<Finding> prod = byStack.check(Inputs.terraform("stacks/prod-use1-data/cdk.tf.json", stack));
        List<Finding> dev = byStack.check(Inputs.terraform("stacks/dev-use1-data/cdk.tf.json", stack));

        // THEN prod's stricter target cannot be met on typical figures, dev's (the seed's) can
        assertThat(prod).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-DR-002");
            assertThat(f.message()).startsWith("Core DB (RPO 500 ms, RTO 60 min)");
        });
        assertThat(dev).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-DR-003");
            assertThat(f.message()).startsWith("Core DB (RPO 15 s, RTO 60 min)");
        });
    }

    @Test
    void should_judge_nothing_in_a_child_module() {
        assertThat(new DisasterRecoveryCheck().check(Inputs.terraform("modules/db/main.tf.json",
                "{\"resource\": {\"aws_rds_cluster\": {\"core\": {}}}}"))).isEmpty();
    }

    @Test
    void should_treat_a_same_provider_read_replica_as_no_cross_region_mechanism() {
        assertThat(findings("""
                {"resource": {"aws_db_instance": {"pg": {"identifier": "pg"},
                  "replica": {"replicate_source_db": "${aws_db_instance.pg.identifier}"}}}}
                """)).extracting(Finding::ruleId).containsExactly("HVN-DR-001");
        assertThat(findings("""
                {"resource": {"aws_db_instance": {"pg": {"identifier": "pg"},
                  "replica": {"provider": "aws.west", "replicate_source_db": "${aws_db_instance.pg.arn}"}}}}
                """)).extracting(Finding::ruleId).containsExactly("HVN-DR-002");
    }
}
