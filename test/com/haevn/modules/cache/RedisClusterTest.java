package com.haevn.modules.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_global_replication_group.ElasticacheGlobalReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_subnet_group.ElasticacheSubnetGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_user.ElasticacheUser;
import com.hashicorp.cdktf.providers.aws.elasticache_user_group.ElasticacheUserGroup;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Redis construct synthesized from its own props: alone, as a global datastore's primary, and as a secondary. */
class RedisClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RedisClusterProps.Builder props() {
        return RedisClusterProps.builder()
                .name("team-euc1")
                .region("eu-central-1")
                .accountId("123456789012")
                .vpcId("vpc-1")
                .subnetIds(List.of("subnet-a", "subnet-b", "subnet-c"))
                .clientSecurityGroupId("sg-nodes")
                .nodeType("cache.r7g.large")
                .shards(4)
                .replicasPerShard(2)
                .snapshotRetentionDays(5)
                .snapshotWindow("02:00-03:30")
                .slowLogRetentionDays(60)
                .users(List.of(new CacheUser("orders-app", "on ~orders:* +@all -@dangerous"),
                        new CacheUser("reports", "on ~* +@read")));
    }

    private static JsonNode synth(UnaryOperator<RedisClusterProps.Builder> change) {
        TerraformStack stack = new TerraformStack(Testing.app(), "cache-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new RedisCluster(stack, "cache", change.apply(props()).build());
        try {
            return JSON.readTree(Testing.synth(stack));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<JsonNode> all(JsonNode synth, String type) {
        List<JsonNode> found = new ArrayList<>();
        synth.path("resource").path(type).elements().forEachRemaining(found::add);
        return found;
    }

    private static JsonNode one(JsonNode synth, String type) {
        List<JsonNode> found = all(synth, type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    @Test
    void should_build_an_encrypted_multi_az_cluster_mode_group_with_failover_snapshots_and_the_slow_log() {
        JsonNode synth = synth(p -> p);
        JsonNode group = one(synth, ElasticacheReplicationGroup.TF_RESOURCE_TYPE);
        assertThat(group.path("replication_group_id").asText()).isEqualTo("team-euc1");
        assertThat(group.path("engine").asText()).isEqualTo("redis");
        assertThat(group.path("engine_version").asText()).isEqualTo("7.1");
        assertThat(group.path("parameter_group_name").asText()).isEqualTo("default.redis7.cluster.on");
        assertThat(group.path("node_type").asText()).isEqualTo("cache.r7g.large");
        assertThat(group.path("num_node_groups").asInt()).isEqualTo(4);
        assertThat(group.path("replicas_per_node_group").asInt()).isEqualTo(2);
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isTrue();
        assertThat(group.path("multi_az_enabled").asBoolean()).isTrue();
        assertThat(group.path("at_rest_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("transit_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("kms_key_id").asText()).startsWith("${aws_kms_key.").endsWith(".arn}");
        assertThat(group.path("port").asInt()).isEqualTo(6379);
        assertThat(group.path("snapshot_retention_limit").asInt()).isEqualTo(5);
        assertThat(group.path("snapshot_window").asText()).isEqualTo("02:00-03:30");
        assertThat(group.has("auth_token")).isFalse();
        assertThat(group.has("global_replication_group_id")).isFalse();
        JsonNode delivery = group.path("log_delivery_configuration").get(0);
        assertThat(delivery.path("log_type").asText()).isEqualTo("slow-log");
        assertThat(delivery.path("destination_type").asText()).isEqualTo("cloudwatch-logs");
        assertThat(delivery.path("log_format").asText()).isEqualTo("json");
        assertThat(delivery.path("destination").asText()).startsWith("${aws_cloudwatch_log_group.").endsWith(".name}");
        JsonNode log = one(synth, CloudwatchLogGroup.TF_RESOURCE_TYPE);
        assertThat(log.path("name").asText()).isEqualTo("/aws/elasticache/team-euc1/slow-log");
        assertThat(log.path("retention_in_days").asInt()).isEqualTo(60);
        assertThat(log.path("kms_key_id").asText()).isEqualTo(group.path("kms_key_id").asText());
        assertThat(all(synth, ElasticacheGlobalReplicationGroup.TF_RESOURCE_TYPE)).isEmpty();
    }

    @Test
    void should_let_cloudwatch_logs_use_the_key_for_the_slow_log_group_only() throws Exception {
        JsonNode key = one(synth(p -> p), KmsKey.TF_RESOURCE_TYPE);
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        JsonNode statements = JSON.readTree(key.path("policy").asText()).path("Statement");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).path("Principal").path("Service").asText())
                .isEqualTo("logs.eu-central-1.amazonaws.com");
        assertThat(statements.get(1).path("Condition").path("ArnEquals").path("kms:EncryptionContext:aws:logs:arn")
                .asText()).isEqualTo("arn:aws:logs:eu-central-1:123456789012:log-group:/aws/elasticache/team-euc1/slow-log");
    }

    @Test
    void should_authenticate_users_with_iam_and_switch_the_default_user_off_without_a_password() {
        JsonNode synth = synth(p -> p);
        List<JsonNode> users = all(synth, ElasticacheUser.TF_RESOURCE_TYPE);
        assertThat(users).extracting(u -> u.path("user_name").asText())
                .containsExactly("default", "orders-app", "reports");
        JsonNode disabled = users.get(0);
        assertThat(disabled.path("user_id").asText()).isEqualTo("team-euc1-default");
        assertThat(disabled.path("access_string").asText()).isEqualTo("off -@all");
        assertThat(disabled.path("authentication_mode").path("type").asText()).isEqualTo("no-password-required");
        assertThat(users.subList(1, 3)).allSatisfy(user -> {
            assertThat(user.path("authentication_mode").path("type").asText()).isEqualTo("iam");
            assertThat(user.path("user_id").asText()).isEqualTo(user.path("user_name").asText());
            assertThat(user.path("engine").asText()).isEqualTo("redis");
        });
        assertThat(users.get(1).path("access_string").asText()).isEqualTo("on ~orders:* +@all -@dangerous");
        assertThat(users).allSatisfy(user -> {
            assertThat(user.has("passwords")).isFalse();
            assertThat(user.path("authentication_mode").has("passwords")).isFalse();
        });
        JsonNode userGroup = one(synth, ElasticacheUserGroup.TF_RESOURCE_TYPE);
        assertThat(userGroup.path("user_group_id").asText()).isEqualTo("team-euc1-users");
        assertThat(userGroup.path("user_ids")).hasSize(3).allSatisfy(id ->
                assertThat(id.asText()).startsWith("${aws_elasticache_user.").endsWith(".user_id}"));
        assertThat(one(synth, ElasticacheReplicationGroup.TF_RESOURCE_TYPE).path("user_group_ids").get(0).asText())
                .startsWith("${aws_elasticache_user_group.").endsWith(".user_group_id}");
    }

    @Test
    void should_place_the_nodes_in_the_private_subnets_and_admit_only_the_clients_on_the_redis_port() {
        JsonNode synth = synth(p -> p);
        assertThat(one(synth, ElasticacheSubnetGroup.TF_RESOURCE_TYPE).path("subnet_ids"))
                .extracting(JsonNode::asText).containsExactly("subnet-a", "subnet-b", "subnet-c");
        JsonNode ingress = one(synth, VpcSecurityGroupIngressRule.TF_RESOURCE_TYPE);
        assertThat(ingress.path("referenced_security_group_id").asText()).isEqualTo("sg-nodes");
        assertThat(ingress.path("from_port").asInt()).isEqualTo(6379);
        assertThat(ingress.path("to_port").asInt()).isEqualTo(6379);
        assertThat(ingress.path("ip_protocol").asText()).isEqualTo("tcp");
        assertThat(ingress.has("cidr_ipv4")).isFalse();
        assertThat(all(synth, "aws_vpc_security_group_egress_rule")).isEmpty();
        assertThat(one(synth, ElasticacheReplicationGroup.TF_RESOURCE_TYPE).path("security_group_ids").get(0).asText())
                .startsWith("${aws_security_group.").endsWith(".id}");
    }

    @Test
    void should_create_the_global_datastore_around_a_primary() {
        JsonNode synth = synth(p -> p.primaryOfGlobalDatastore("team-cache"));
        JsonNode global = one(synth, ElasticacheGlobalReplicationGroup.TF_RESOURCE_TYPE);
        assertThat(global.path("global_replication_group_id_suffix").asText()).isEqualTo("team-cache");
        assertThat(global.path("primary_replication_group_id").asText())
                .startsWith("${aws_elasticache_replication_group.").endsWith(".id}");
        assertThat(one(synth, ElasticacheReplicationGroup.TF_RESOURCE_TYPE).path("num_node_groups").asInt()).isEqualTo(4);
    }

    @Test
    void should_join_a_secondary_without_the_settings_it_inherits_but_with_its_own_key_users_and_replicas() {
        JsonNode synth = synth(p -> p.secondaryOfGlobalDatastore("ldgnf-team-cache"));
        JsonNode group = one(synth, ElasticacheReplicationGroup.TF_RESOURCE_TYPE);
        assertThat(group.path("global_replication_group_id").asText()).isEqualTo("ldgnf-team-cache");
        for (String inherited : List.of("engine", "engine_version", "node_type", "num_node_groups",
                "parameter_group_name", "at_rest_encryption_enabled", "transit_encryption_enabled")) {
            assertThat(group.has(inherited)).as(inherited).isFalse();
        }
        assertThat(group.path("replicas_per_node_group").asInt()).isEqualTo(2);
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isTrue();
        assertThat(group.path("multi_az_enabled").asBoolean()).isTrue();
        assertThat(group.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        assertThat(group.path("user_group_ids")).hasSize(1);
        assertThat(all(synth, ElasticacheGlobalReplicationGroup.TF_RESOURCE_TYPE)).isEmpty();
    }

    @Test
    void should_refuse_props_elasticache_would_refuse() {
        assertThatThrownBy(() -> props().replicasPerShard(0).build())
                .hasMessageContaining("replicasPerShard must be 1..5 (automatic failover and Multi-AZ need a replica), got 0");
        assertThatThrownBy(() -> props().engineVersion("6.2").build())
                .hasMessageContaining("IAM authentication needs 7.0), got 6.2");
        assertThatThrownBy(() -> props().slowLogRetentionDays(10).build())
                .hasMessageContaining("slowLogRetentionDays must be one of");
        assertThatThrownBy(() -> props().name("a-name-far-too-long-for-a-user-id-x").build())
                .hasMessageContaining("at most 32 characters");
        assertThatThrownBy(() -> new CacheUser("default", "on ~* +@all"))
                .hasMessageContaining("the user named default is the stack's own disabled user");
        assertThatThrownBy(() -> new CacheUser("app", "on >secret ~* +@all"))
                .hasMessageContaining("holds a password rule");
        assertThatThrownBy(() -> new CacheUser("app", "off ~* +@all"))
                .hasMessageContaining("must start with \"on\"");
    }
}
