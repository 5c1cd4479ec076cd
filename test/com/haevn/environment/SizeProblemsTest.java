package com.haevn.environment;

import static com.haevn.environment.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.environment.EnvironmentFixtures.problems;
import static com.haevn.environment.EnvironmentFixtures.problemsOfQa;
import static com.haevn.environment.EnvironmentFixtures.qaWith;
import static com.haevn.environment.EnvironmentFixtures.staging;
import static com.haevn.environment.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with network settings, sizes and recovery targets. */
class SizeProblemsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_an_unknown_nat_gateway_mode() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("nat_gateways: per_az", "nat_gateways: per-az")), "qa.yaml",
                "network.nat_gateways", 14, "\"per-az\" is not a NAT gateway mode (did you mean \"per_az\"?); use one "
                        + "of: single, per_az");
    }

    @Test
    void should_refuse_a_shared_nat_gateway_in_a_staging_environment() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("nat_gateways: per_az", "nat_gateways: single")), "qa.yaml",
                "network.nat_gateways", 14, "a staging environment needs one NAT gateway per AZ, so that losing an AZ"
                        + " leaves the others their egress (the seed's AZ-gone game day); use per_az");
    }

    @Test
    void should_allow_a_shared_nat_gateway_in_a_development_environment() {
        String development = qaWith("nat_gateways: per_az", "nat_gateways: single").replace("tier: staging",
                "tier: development");

        write(dir, "qa.yaml", development);

        assertThat(EnvironmentLoader.load(dir).get("qa").network().natGateways()).isEqualTo(NatGatewayMode.SINGLE);
    }

    @Test
    void should_report_a_retention_cloudwatch_does_not_accept() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("flow_log_retention_days: 30", "flow_log_retention_days: 31")),
                "qa.yaml", "network.flow_log_retention_days", 15, "31 days is not a retention period CloudWatch Logs "
                        + "accepts; use one of: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, "
                        + "1827, 2192, 2557, 2922, 3288, 3653");
    }

    @Test
    void should_report_a_node_group_without_nodes() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("node_min: 3", "node_min: 0")), "qa.yaml",
                "sizes.runtime.node_min", 19, "got 0; use at least 1: a node group needs at least 1 node");
    }

    @Test
    void should_report_node_max_below_node_min() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("node_max: 6", "node_max: 2")), "qa.yaml",
                "sizes.runtime.node_max", 20, "got 2; use at least 3: node_max must not be below node_min");
    }

    @Test
    void should_report_an_instance_type_that_is_not_one() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("node_instance_type: m6i.large", "node_instance_type: large")),
                "qa.yaml", "sizes.runtime.node_instance_type", 18, "\"large\" is not an EC2 instance type such as "
                        + "m6i.large");
    }

    @Test
    void should_report_a_cache_node_type_without_the_cache_prefix() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("node_type: cache.r6g.large", "node_type: r6g.large")),
                "qa.yaml", "sizes.cache.node_type", 26, "\"r6g.large\" is not an ElastiCache node type such as "
                        + "cache.r6g.large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.25", "0", "129", "1.3"})
    void should_report_an_aurora_capacity_out_of_range_or_step(String acu) {
        assertOnlyProblem(problemsOfQa(dir, qaWith("min_capacity_acu: 1", "min_capacity_acu: " + acu)), "qa.yaml",
                "sizes.data.min_capacity_acu", 22, acu + " ACU is not a valid Aurora Serverless v2 capacity; use 0.5 "
                        + "to 128 in steps of 0.5");
    }

    @Test
    void should_accept_half_acu_steps() {
        write(dir, "qa.yaml", qaWith("min_capacity_acu: 1", "min_capacity_acu: 1.5"));
        assertThat(EnvironmentLoader.load(dir).get("qa").sizes().data().minCapacityAcu()).isEqualTo(1.5);
    }

    @Test
    void should_report_maximum_capacity_below_minimum() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("max_capacity_acu: 8", "max_capacity_acu: 0.5")), "qa.yaml",
                "sizes.data.max_capacity_acu", 23, "maximum 0.5 ACU is below the minimum 1 ACU; use a maximum of at "
                        + "least 1");
    }

    @Test
    void should_require_two_database_instances_in_staging() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("instances: 2", "instances: 1")), "qa.yaml",
                "sizes.data.instances", 24, "got 1; use 2 to 16: a staging environment needs a standby in another AZ, "
                        + "as the seed requires a Multi-AZ database");
    }

    @Test
    void should_require_cache_replicas_in_production() {
        String production = qaWith("tier: staging", "tier: production");
        assertOnlyProblem(problemsOfQa(dir, production.replace("replicas_per_shard: 1", "replicas_per_shard: 0")),
                "qa.yaml", "sizes.cache.replicas_per_shard", 28, "got 0; use 1 to 5: a production environment needs "
                        + "a replica of each shard in another AZ, as the seed requires read replicas in each AZ");
    }

    @Test
    void should_allow_one_instance_and_no_replicas_in_development() {
        write(dir, "qa.yaml", staging("qa", "10.60.0.0/16").replace("tier: staging", "tier: development")
                .replace("instances: 2", "instances: 1").replace("replicas_per_shard: 1", "replicas_per_shard: 0"));
        Environment qa = EnvironmentLoader.load(dir).get("qa");
        assertThat(qa.sizes().data().instances()).isEqualTo(1);
        assertThat(qa.sizes().cache().replicasPerShard()).isZero();
    }

    @Test
    void should_report_no_shards_and_too_many_replicas() {
        String text = qaWith("shards: 2", "shards: 0").replace("replicas_per_shard: 1", "replicas_per_shard: 6");
        assertThat(problemsOfQa(dir, text)).extracting(ConfigProblem::toString).containsExactly(
                dir.resolve("qa.yaml") + ":27: sizes.cache.shards: got 0; use 1 to 500: a Redis cluster has 1 to 500 "
                        + "shards",
                dir.resolve("qa.yaml") + ":28: sizes.cache.replicas_per_shard: got 6; use 1 to 5: ElastiCache allows "
                        + "at most 5 replicas per shard");
    }

    @Test
    void should_report_recovery_targets_that_are_not_positive() {
        String text = qaWith("core_db:        { rpo_seconds: 15, rto_minutes: 60 }",
                "core_db:        { rpo_seconds: 0, rto_minutes: -1 }");
        assertThat(problemsOfQa(dir, text)).extracting(ConfigProblem::keyPath, ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        tuple("recovery_targets.core_db.rpo_seconds", 30,
                                "0 is not a recovery target; use a positive number of seconds"),
                        tuple("recovery_targets.core_db.rto_minutes", 30,
                                "-1 is not a recovery target; use a positive number of minutes"));
    }

    @Test
    void should_check_tier_dependent_sizes_only_when_the_tier_is_known() {
        // GIVEN an invalid tier: only the tier is reported, not the sizes that depend on it
        String text = qaWith("tier: staging", "tier: stage").replace("instances: 2", "instances: 1");
        assertThat(problemsOfQa(dir, text)).extracting(ConfigProblem::keyPath).containsExactly("tier");
    }

    @Test
    void should_report_a_missing_recovery_asset() {
        String text = qaWith("  redis:          { rpo_seconds: 5,  rto_minutes: 30 }\n", "");
        assertThat(problems(write(dir, "qa.yaml", text).getParent())).singleElement()
                .extracting(ConfigProblem::keyPath, ConfigProblem::line, ConfigProblem::message)
                .containsExactly("recovery_targets.redis", 29, "missing required key \"redis\" under \"recovery_targets\"");
    }
}
