package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ElastiCacheRulesTest {

    private static final List<GuardrailRule> RULES = List.of(new AtRestEncryptionRule(), new TransitEncryptionRule(),
            new AutomaticFailoverRule(), new ReplicasRule());

    private static List<Finding> findings(String json) {
        return RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(json)).stream()).toList();
    }

    @Test
    void should_accept_an_encrypted_cluster_mode_group_with_replicas() {
        assertThat(findings("""
                {"resource": {"aws_elasticache_replication_group": {"redis": {"at_rest_encryption_enabled": true,
                  "transit_encryption_enabled": "true", "automatic_failover_enabled": true,
                  "num_node_groups": 3, "replicas_per_node_group": 2}}}}
                """)).isEmpty();
    }

    @Test
    void should_report_a_default_group() {
        assertThat(findings("""
                {"resource": {"aws_elasticache_replication_group": {"redis": {"num_cache_clusters": 1}}}}
                """)).extracting(Finding::message).containsExactly(
                "aws_elasticache_replication_group.redis has at_rest_encryption_enabled not set, expected true",
                "aws_elasticache_replication_group.redis has transit_encryption_enabled not set, expected true",
                "aws_elasticache_replication_group.redis has automatic_failover_enabled not set, expected true",
                "aws_elasticache_replication_group.redis has replicas_per_node_group not set and num_cache_clusters 1,"
                        + " expected replicas_per_node_group >= 1 or num_cache_clusters >= 2");
    }

    @Test
    void should_leave_encryption_of_a_global_datastore_member_to_the_global_group() {
        assertThat(findings("""
                {"resource": {"aws_elasticache_replication_group": {"secondary": {
                  "global_replication_group_id": "${aws_elasticache_global_replication_group.g.global_replication_group_id}",
                  "automatic_failover_enabled": true, "num_cache_clusters": 2}}}}
                """)).isEmpty();
    }
}
