package com.haevn.layers.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The data stacks of dev, staging and prod, as the environment files configure them. */
class DataLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static JsonNode one(String stack, String type) {
        List<JsonNode> found = all(stack, type);
        assertThat(found).as(stack + " " + type).hasSize(1);
        return found.get(0);
    }

    private static String reference(String stack, String type, String attribute) {
        return "${" + type + "." + SynthesizedPlatform.resources(stack, type).fieldNames().next() + "." + attribute + "}";
    }

    private static List<String> suppressedRules(JsonNode resource) {
        List<String> rules = new ArrayList<>();
        resource.path("//").path("suppressions").forEach(s -> rules.add(s.path("rule").asText()));
        return rules;
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-data", "staging-use1-data", "staging-usw2-data", "prod-use1-data", "prod-usw2-data"})
    void should_encrypt_protect_and_keep_backups_35_days_with_iam_auth_and_log_exports(String stack) {
        JsonNode cluster = one(stack, "aws_rds_cluster");
        assertThat(cluster.path("engine").asText()).isEqualTo("aurora-postgresql");
        assertThat(cluster.path("engine_version").asText()).isEqualTo("16.6");
        assertThat(cluster.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(cluster.path("kms_key_id").asText()).isEqualTo(reference(stack, "aws_kms_key", "arn"));
        assertThat(one(stack, "aws_kms_key").path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(cluster.path("deletion_protection").asBoolean()).isTrue();
        assertThat(cluster.path("backup_retention_period").asInt()).isEqualTo(35);
        assertThat(cluster.path("preferred_backup_window").asText()).isEqualTo("03:00-04:00");
        assertThat(cluster.path("copy_tags_to_snapshot").asBoolean()).isTrue();
        assertThat(cluster.path("iam_database_authentication_enabled").asBoolean()).isTrue();
        assertThat(cluster.path("enabled_cloudwatch_logs_exports")).extracting(JsonNode::asText)
                .containsExactly("postgresql");
        assertThat(cluster.path("db_subnet_group_name").asText())
                .isEqualTo(reference(stack, "aws_db_subnet_group", "name"));
        assertThat(one(stack, "aws_rds_cluster_parameter_group").path("parameter"))
                .extracting(p -> p.path("name").asText() + "=" + p.path("value").asText())
                .contains("rds.force_ssl=1");
        for (JsonNode instance : all(stack, "aws_rds_cluster_instance")) {
            assertThat(instance.path("performance_insights_enabled").asBoolean()).isTrue();
            assertThat(instance.path("performance_insights_kms_key_id").asText())
                    .isEqualTo(reference(stack, "aws_kms_key", "arn"));
            assertThat(instance.path("monitoring_interval").asInt()).isEqualTo(60);
            assertThat(instance.path("monitoring_role_arn").asText()).isEqualTo(reference(stack, "aws_iam_role", "arn"));
        }
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-data, dev-use1, false", "staging-use1-data, staging-use1, true",
            "staging-usw2-data, staging-usw2, false", "prod-use1-data, prod-use1, true",
            "prod-usw2-data, prod-usw2, false"})
    void should_admit_only_the_runtime_nodes_and_in_the_primary_region_the_rotation_on_5432(String stack,
                                                                                           String prefix,
                                                                                           boolean rotates) {
        List<JsonNode> rules = all(stack, "aws_vpc_security_group_ingress_rule");
        List<String> admitted = rules.stream().map(rule -> rule.path("referenced_security_group_id").asText()).toList();
        if (rotates) {
            assertThat(admitted).satisfiesExactlyInAnyOrder(nodes(prefix), rotation(stack));
        } else {
            assertThat(admitted).satisfiesExactly(nodes(prefix));
        }
        for (JsonNode rule : rules) {
            assertThat(rule.path("security_group_id").asText()).isEqualTo(reference(stack, "aws_security_group", "id"));
            assertThat(rule.path("from_port").asInt()).isEqualTo(5432);
            assertThat(rule.path("to_port").asInt()).isEqualTo(5432);
            assertThat(rule.has("cidr_ipv4")).isFalse();
        }
        assertThat(one(stack, "aws_db_subnet_group").path("subnet_ids").toString())
                .contains("remote-state-" + prefix + "-network").contains("private_subnet_ids");
    }

    private static Consumer<String> nodes(String prefix) {
        return group -> assertThat(group).contains("remote-state-" + prefix + "-runtime")
                .contains("node_security_group_id");
    }

    private static Consumer<String> rotation(String stack) {
        String environment = stack.substring(0, stack.indexOf('-'));
        return group -> assertThat(group).startsWith("${element(")
                .contains("remote-state-" + environment + "-global-secrets")
                .contains("database_rotation_security_group_ids").endsWith(", 0)}");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-data, 1", "staging-use1-data, 2", "staging-usw2-data, 2", "prod-use1-data, 3",
            "prod-usw2-data, 3"})
    void should_run_the_writer_plus_the_configured_readers_in_successive_azs(String stack, int instances) {
        String region = stack.contains("usw2") ? "us-west-2" : "us-east-1";
        assertThat(all(stack, "aws_rds_cluster_instance")).extracting(i -> i.path("availability_zone").asText())
                .containsExactlyElementsOf(Stream.of("a", "b", "c").limit(instances).map(z -> region + z).toList());
    }

    @Test
    void should_let_dev_run_one_rds_managed_instance_with_the_tier_rules_suppressions() {
        JsonNode cluster = one("dev-use1-data", "aws_rds_cluster");
        assertThat(cluster.path("manage_master_user_password").asBoolean()).isTrue();
        assertThat(cluster.path("master_user_secret_kms_key_id").asText())
                .isEqualTo(reference("dev-use1-data", "aws_kms_key", "arn"));
        assertThat(cluster.has("global_cluster_identifier")).isFalse();
        assertThat(SynthesizedPlatform.resources("dev-use1-data", "aws_rds_global_cluster").isMissingNode()).isTrue();
        assertThat(suppressedRules(cluster)).containsExactly("HVN-RDS-004", "HVN-DR-001");
        assertThat(SynthesizedPlatform.stack("dev-use1-data").path("output").path("global_cluster_id")
                .path("value").asText()).isEmpty();
        assertThat(SynthesizedPlatform.stack("dev-use1-data").has("variable")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"staging", "prod"})
    void should_create_the_global_database_in_the_first_region_with_a_write_only_password(String environment) {
        String stack = environment + "-use1-data";
        JsonNode global = one(stack, "aws_rds_global_cluster");
        assertThat(global.path("global_cluster_identifier").asText()).isEqualTo("haevn-" + environment + "-core");
        assertThat(global.path("storage_encrypted").asBoolean()).isTrue();
        assertThat(global.path("deletion_protection").asBoolean()).isTrue();
        JsonNode cluster = one(stack, "aws_rds_cluster");
        assertThat(cluster.path("global_cluster_identifier").asText())
                .isEqualTo(reference(stack, "aws_rds_global_cluster", "id"));
        assertThat(cluster.path("master_password_wo").asText()).isEqualTo("${var.database_master_password}");
        assertThat(cluster.path("master_password_wo_version").asInt()).isEqualTo(1);
        assertThat(cluster.has("master_password")).isFalse();
        assertThat(cluster.has("manage_master_user_password")).isFalse();
        assertThat(cluster.path("enable_global_write_forwarding").asBoolean())
                .as("takes effect when a switchover demotes it").isTrue();
        assertThat(cluster.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
                .containsExactly("replication_source_identifier");
        assertThat(suppressedRules(cluster)).containsExactly("HVN-TF-103");
        JsonNode variable = SynthesizedPlatform.stack(stack).path("variable").path("database_master_password");
        assertThat(variable.path("sensitive").asBoolean()).isTrue();
        assertThat(variable.path("ephemeral").asBoolean()).isTrue();
        assertThat(variable.has("default")).as("the value comes from CI, never from code").isFalse();
        assertThat(SynthesizedPlatform.stack(stack).path("output").path("global_cluster_id").path("value").asText())
                .isEqualTo(reference(stack, "aws_rds_global_cluster", "id"));
    }

    @ParameterizedTest
    @CsvSource({"staging", "prod"})
    void should_join_the_global_database_from_us_west_2_with_write_forwarding_and_its_own_key(String environment) {
        String stack = environment + "-usw2-data";
        JsonNode cluster = one(stack, "aws_rds_cluster");
        assertThat(cluster.path("global_cluster_identifier").asText())
                .contains("remote-state-" + environment + "-use1-data").contains("global_cluster_id");
        assertThat(cluster.path("enable_global_write_forwarding").asBoolean()).isTrue();
        assertThat(cluster.path("kms_key_id").asText()).isEqualTo(reference(stack, "aws_kms_key", "arn"));
        assertThat(cluster.has("master_username")).isFalse();
        assertThat(cluster.has("master_password_wo")).isFalse();
        assertThat(cluster.has("manage_master_user_password")).isFalse();
        assertThat(SynthesizedPlatform.resources(stack, "aws_rds_global_cluster").isMissingNode()).isTrue();
        assertThat(SynthesizedPlatform.stack(stack).has("variable")).isFalse();
        assertThat(SynthesizedPlatform.stack(stack).path("provider").path("aws").get(0).path("region").asText())
                .isEqualTo("us-west-2");
    }

    @Test
    void should_write_no_password_literal_anywhere_in_the_synthesized_output() throws IOException {
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SynthesizedPlatform.get().outputDirectory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                passwordFields(JSON.readTree(file.toFile()), "", checked, file.toString());
            }
        }
        assertThat(checked).as("the write-only password of both primaries was seen")
                .filteredOn(f -> f.endsWith("master_password_wo")).hasSize(2);
    }

    /**
     * Every field named like a password holds a flag, a number (a version, or a length such as the secrets layer's
     * {@code haevn:password-length} tag, which tags give as text of up to four digits) or a variable reference,
     * never other text.
     */
    private static void passwordFields(JsonNode node, String path, List<String> checked, String file) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            JsonNode value = field.getValue();
            if (field.getKey().toLowerCase().contains("password") && value.isValueNode()) {
                checked.add(fieldPath);
                assertThat(value.isBoolean() || value.isNumber() || value.asText().matches("\\d{1,4}")
                        || value.asText().matches("\\$\\{var\\.[a-z_]+}"))
                        .as(file + " " + fieldPath + " = " + value).isTrue();
            }
            if (field.getKey().toLowerCase().contains("password") && value.isObject() && value.has("default")) {
                throw new AssertionError(file + " " + fieldPath + " has a default value");
            }
            passwordFields(value, fieldPath, checked, file);
        }
        if (node.isArray()) {
            node.forEach(element -> passwordFields(element, path + "[]", checked, file));
        }
    }
}
