package com.haevn.layers.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache stacks of dev, staging and prod as the environment files configure them (the seed's Cache row). */
class CacheLayerTest {

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static JsonNode one(String stack, String type) {
        List<JsonNode> found = all(stack, type);
        assertThat(found).as(type + " in " + stack).hasSize(1);
        return found.get(0);
    }

    private static String remote(String producer, String output) {
        return "${data.terraform_remote_state.remote-state-" + producer + ".outputs." + output + "}";
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-cache, 1, 1, 1, cache.t4g.small", "staging-use1-cache, 2, 2, 3, cache.m7g.large",
            "prod-use1-cache, 3, 2, 7, cache.r7g.large"})
    void should_run_redis_cluster_mode_with_the_configured_shards_replicas_and_snapshots(String stack, int shards,
                                                                                        int replicas, int retention,
                                                                                        String nodeType) {
        JsonNode group = one(stack, "aws_elasticache_replication_group");
        assertThat(group.path("engine").asText()).isEqualTo("redis");
        assertThat(group.path("engine_version").asText()).isEqualTo("7.1");
        assertThat(group.path("parameter_group_name").asText()).isEqualTo("default.redis7.cluster.on");
        assertThat(group.path("node_type").asText()).isEqualTo(nodeType);
        assertThat(group.path("num_node_groups").asInt()).isEqualTo(shards);
        assertThat(group.path("replicas_per_node_group").asInt()).isEqualTo(replicas);
        assertThat(group.path("multi_az_enabled").asBoolean()).isTrue();
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isTrue();
        assertThat(group.path("at_rest_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("transit_encryption_enabled").asBoolean()).isTrue();
        assertThat(group.path("kms_key_id").asText()).startsWith("${aws_kms_key.").endsWith(".arn}");
        assertThat(group.path("snapshot_retention_limit").asInt()).isEqualTo(retention);
        assertThat(group.path("snapshot_window").asText()).isEqualTo("03:00-04:00");
    }

    @ParameterizedTest
    @CsvSource({"staging-usw2-cache, staging-use1-cache", "prod-usw2-cache, prod-use1-cache"})
    void should_join_the_second_region_to_the_primarys_global_datastore_with_a_copy_in_each_az(String stack,
                                                                                             String primary) {
        JsonNode group = one(stack, "aws_elasticache_replication_group");
        assertThat(group.path("global_replication_group_id").asText())
                .isEqualTo(remote(primary, "global_datastore_id"));
        assertThat(group.path("replicas_per_node_group").asInt()).isEqualTo(2);
        assertThat(group.path("multi_az_enabled").asBoolean()).isTrue();
        assertThat(group.path("automatic_failover_enabled").asBoolean()).isTrue();
        assertThat(group.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        assertThat(group.has("num_node_groups")).isFalse();
        assertThat(group.has("transit_encryption_enabled")).isFalse();
        assertThat(all(stack, "aws_elasticache_global_replication_group")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"staging-use1-cache, haevn-staging-cache", "prod-use1-cache, haevn-prod-cache"})
    void should_create_the_global_datastore_around_the_first_regions_group(String stack, String suffix) {
        JsonNode global = one(stack, "aws_elasticache_global_replication_group");
        assertThat(global.path("global_replication_group_id_suffix").asText()).isEqualTo(suffix);
        assertThat(global.path("primary_replication_group_id").asText())
                .startsWith("${aws_elasticache_replication_group.").endsWith(".id}");
        assertThat(global.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
                .as("promoting the other region's group must not replace the datastore")
                .containsExactly("primary_replication_group_id");
        assertThat(SynthesizedPlatform.stack(stack).path("output").path("global_datastore_id").path("value").asText())
                .startsWith("${aws_elasticache_global_replication_group.").endsWith(".global_replication_group_id}");
    }

    @Test
    void should_keep_dev_in_one_region_and_say_why_the_dr_check_finds_no_cross_region_copy() {
        assertThat(all("dev-use1-cache", "aws_elasticache_global_replication_group")).isEmpty();
        JsonNode group = one("dev-use1-cache", "aws_elasticache_replication_group");
        assertThat(group.has("global_replication_group_id")).isFalse();
        JsonNode suppression = group.path("//").path("suppressions").get(0);
        assertThat(suppression.path("rule").asText()).isEqualTo("HVN-DR-001");
        assertThat(suppression.path("reason").asText()).startsWith("the development tier runs one region");
        assertThat(SynthesizedPlatform.stack("dev-use1-cache").path("output").path("global_datastore_id")
                .path("value").asText()).isEmpty();
        assertThat(one("staging-use1-cache", "aws_elasticache_replication_group").path("//").has("suppressions")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"dev-use1", "staging-use1", "staging-usw2", "prod-use1", "prod-usw2"})
    void should_authenticate_with_iam_users_only_and_disable_the_default_user(String region) {
        String stack = region + "-cache";
        List<JsonNode> users = all(stack, "aws_elasticache_user");
        assertThat(users).extracting(u -> u.path("user_name").asText()).containsExactly("default", "haevn-app");
        assertThat(users.get(0).path("user_id").asText()).isEqualTo("haevn-" + region + "-default");
        assertThat(users.get(0).path("access_string").asText()).isEqualTo("off -@all");
        assertThat(users.get(0).path("authentication_mode").path("type").asText()).isEqualTo("no-password-required");
        assertThat(users.get(1).path("user_id").asText()).isEqualTo("haevn-app");
        assertThat(users.get(1).path("authentication_mode").path("type").asText()).isEqualTo("iam");
        JsonNode userGroup = one(stack, "aws_elasticache_user_group");
        assertThat(userGroup.path("user_group_id").asText()).isEqualTo("haevn-" + region + "-users");
        assertThat(userGroup.path("user_ids")).hasSize(2);
        JsonNode group = one(stack, "aws_elasticache_replication_group");
        assertThat(group.path("user_group_ids")).hasSize(1);
        assertThat(group.has("auth_token")).isFalse();
        JsonNode outputs = SynthesizedPlatform.stack(stack).path("output");
        assertThat(outputs.path("app_user_ids").path("value")).hasSize(1);
        assertThat(outputs.path("user_group_id").path("value").asText()).startsWith("${aws_elasticache_user_group.");
        assertThat(outputs.path("port").path("value").asText()).isEqualTo("6379");
        assertThat(outputs.path("configuration_endpoint").path("value").asText())
                .endsWith(".configuration_endpoint_address}");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1, 14", "staging-use1, 30", "staging-usw2, 30", "prod-use1, 90", "prod-usw2, 90"})
    void should_deliver_the_slow_log_to_a_kms_encrypted_log_group(String region, int days) {
        String stack = region + "-cache";
        JsonNode log = one(stack, "aws_cloudwatch_log_group");
        assertThat(log.path("name").asText()).isEqualTo("/aws/elasticache/haevn-" + region + "/slow-log");
        assertThat(log.path("retention_in_days").asInt()).isEqualTo(days);
        assertThat(log.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        JsonNode delivery = one(stack, "aws_elasticache_replication_group").path("log_delivery_configuration").get(0);
        assertThat(delivery.path("log_type").asText()).isEqualTo("slow-log");
        assertThat(delivery.path("destination_type").asText()).isEqualTo("cloudwatch-logs");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1", "staging-use1", "staging-usw2", "prod-use1", "prod-usw2"})
    void should_stand_in_the_private_subnets_and_admit_only_the_nodes_on_the_redis_port(String region) {
        String stack = region + "-cache";
        assertThat(one(stack, "aws_elasticache_subnet_group").path("subnet_ids").asText())
                .isEqualTo(remote(region + "-network", "private_subnet_ids"));
        JsonNode ingress = one(stack, "aws_vpc_security_group_ingress_rule");
        assertThat(ingress.path("referenced_security_group_id").asText())
                .isEqualTo(remote(region + "-runtime", "node_security_group_id"));
        assertThat(ingress.path("from_port").asInt()).isEqualTo(6379);
        assertThat(ingress.path("to_port").asInt()).isEqualTo(6379);
        assertThat(ingress.has("cidr_ipv4")).isFalse();
        assertThat(one(stack, "aws_security_group").path("vpc_id").asText())
                .isEqualTo(remote(region + "-network", "vpc_id"));
    }

    @Test
    void should_write_no_password_or_auth_token_anywhere_in_the_synthesized_output() throws IOException {
        Path out = SynthesizedPlatform.get().outputDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(text).as(file.toString()).doesNotContain("\"auth_token\"", "\"passwords\"", "nopass",
                    "\"password\"");
        }
        assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("prod-usw2-cache"));
    }
}
