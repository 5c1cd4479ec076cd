package com.haevn.layers.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bootstrap stack: per region a KMS key, state bucket and lock table; replicas across the regions. */
class StateLayerTest {

    private static final String PROD = "prod-global-state";
    private static final String DEV = "dev-global-state";

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> resources = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).forEach(resources::add);
        return resources;
    }

    private static JsonNode named(String stack, String type, String attribute, String value) {
        return all(stack, type).stream().filter(r -> r.path(attribute).asText().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " with " + attribute + " " + value));
    }

    @Test
    void should_keep_its_own_state_locally() {
        JsonNode backend = SynthesizedPlatform.stack(PROD).path("terraform").path("backend");

        assertThat(backend.has("local")).isTrue();
        assertThat(backend.has("s3")).isFalse();
    }

    @Test
    void should_give_each_region_its_bucket_and_the_other_regions_replicas() {
        assertThat(all(PROD, "aws_s3_bucket")).extracting(b -> b.path("bucket").asText()).containsExactlyInAnyOrder(
                "haevn-prod-tfstate-430987654321", "haevn-prod-tfstate-430987654321-usw2",
                "haevn-prod-tfstate-430987654321-replica-usw2", "haevn-prod-tfstate-430987654321-usw2-replica");
        assertThat(all(DEV, "aws_s3_bucket")).extracting(b -> b.path("bucket").asText())
                .containsExactly("haevn-dev-tfstate-210987654321");
        assertThat(all(PROD, "aws_s3_bucket")).allSatisfy(b ->
                assertThat(b.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue());
    }

    @Test
    void should_create_each_regions_resources_with_that_regions_provider() {
        JsonNode stack = SynthesizedPlatform.stack(PROD);
        assertThat(stack.path("provider").path("aws")).extracting(p -> p.path("region").asText())
                .containsExactly("us-east-1", "us-west-2");
        assertThat(named(PROD, "aws_s3_bucket", "bucket", "haevn-prod-tfstate-430987654321-usw2").path("provider")
                .asText()).isEqualTo("aws.usw2");
        assertThat(named(PROD, "aws_s3_bucket", "bucket", "haevn-prod-tfstate-430987654321-replica-usw2")
                .path("provider").asText()).isEqualTo("aws.usw2");
        assertThat(named(PROD, "aws_s3_bucket", "bucket", "haevn-prod-tfstate-430987654321").path("provider").asText())
                .isEqualTo("aws");
    }

    @Test
    void should_encrypt_with_a_rotated_customer_managed_key_per_region() {
        assertThat(all(PROD, "aws_kms_key")).hasSize(2).allSatisfy(key -> {
            assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
            assertThat(key.path("deletion_window_in_days").asInt()).isEqualTo(30);
        });
        assertThat(all(PROD, "aws_kms_alias")).extracting(a -> a.path("name").asText())
                .containsExactly("alias/haevn-prod-tfstate", "alias/haevn-prod-tfstate");
        assertThat(all(PROD, "aws_s3_bucket_server_side_encryption_configuration")).hasSize(4).allSatisfy(sse -> {
            JsonNode rule = sse.path("rule").get(0);
            assertThat(rule.path("apply_server_side_encryption_by_default").path("sse_algorithm").asText())
                    .isEqualTo("aws:kms");
            assertThat(rule.path("apply_server_side_encryption_by_default").path("kms_master_key_id").asText())
                    .startsWith("${aws_kms_key.");
            assertThat(rule.path("bucket_key_enabled").asBoolean()).isTrue();
        });
    }

    @Test
    void should_version_block_public_access_and_deny_requests_without_tls_on_every_bucket() {
        assertThat(all(PROD, "aws_s3_bucket_versioning")).hasSize(4).allSatisfy(v ->
                assertThat(v.path("versioning_configuration").path("status").asText()).isEqualTo("Enabled"));
        assertThat(all(PROD, "aws_s3_bucket_public_access_block")).hasSize(4).allSatisfy(block -> {
            for (String flag : new String[] {"block_public_acls", "block_public_policy", "ignore_public_acls",
                    "restrict_public_buckets"}) {
                assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
            }
        });
        assertThat(all(PROD, "aws_s3_bucket_policy")).hasSize(4).allSatisfy(policy ->
                assertThat(policy.path("policy").asText()).contains("\"Effect\":\"Deny\"")
                        .contains("\"aws:SecureTransport\":\"false\""));
        assertThat(all(PROD, "aws_s3_bucket_lifecycle_configuration")).hasSize(4).allSatisfy(lifecycle ->
                assertThat(lifecycle.path("rule").get(0).path("noncurrent_version_expiration").path("noncurrent_days")
                        .asInt()).isEqualTo(90));
    }

    @Test
    void should_replicate_each_regions_bucket_to_the_other_region_reencrypted_with_its_key() {
        List<JsonNode> replications = all(PROD, "aws_s3_bucket_replication_configuration");
        assertThat(replications).hasSize(2);
        for (JsonNode replication : replications) {
            JsonNode rule = replication.path("rule").get(0);
            assertThat(rule.path("status").asText()).isEqualTo("Enabled");
            assertThat(rule.path("delete_marker_replication").path("status").asText()).isEqualTo("Enabled");
            assertThat(rule.path("source_selection_criteria").path("sse_kms_encrypted_objects").path("status").asText())
                    .isEqualTo("Enabled");
            assertThat(rule.path("destination").path("encryption_configuration").path("replica_kms_key_id").asText())
                    .startsWith("${aws_kms_key.");
            assertThat(replication.path("depends_on")).hasSize(2);
        }
        assertThat(all(DEV, "aws_s3_bucket_replication_configuration")).isEmpty();
    }

    @Test
    void should_let_the_replication_role_read_its_source_and_write_its_replicas_only() {
        List<JsonNode> roles = all(PROD, "aws_iam_role");
        assertThat(roles).extracting(r -> r.path("name").asText())
                .containsExactlyInAnyOrder("haevn-prod-tfstate-replication-use1", "haevn-prod-tfstate-replication-usw2");
        assertThat(roles).allSatisfy(r -> assertThat(r.path("assume_role_policy").asText())
                .contains("\"Service\":\"s3.amazonaws.com\""));
        assertThat(all(PROD, "aws_iam_role_policy")).allSatisfy(p -> assertThat(p.path("policy").asText())
                .doesNotContain("\"*\"").contains("s3:ReplicateObject").contains("kms:Decrypt"));
    }

    @Test
    void should_lock_in_every_region_with_pitr_kms_encryption_and_deletion_protection() {
        assertThat(all(PROD, "aws_dynamodb_table")).hasSize(2).allSatisfy(table -> {
            assertThat(table.path("name").asText()).isEqualTo("haevn-prod-tfstate-lock");
            assertThat(table.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
            assertThat(table.path("hash_key").asText()).isEqualTo("LockID");
            assertThat(table.path("point_in_time_recovery").path("enabled").asBoolean()).isTrue();
            assertThat(table.path("server_side_encryption").path("kms_key_arn").asText()).startsWith("${aws_kms_key.");
            assertThat(table.path("deletion_protection_enabled").asBoolean()).isTrue();
            assertThat(table.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        });
    }

    @Test
    void should_move_the_primary_regions_resources_from_their_addresses_before_regional_state() {
        JsonNode moved = SynthesizedPlatform.stack(PROD).path("moved");

        assertThat(moved).hasSize(8);
        assertThat(moved).extracting(m -> m.path("from").asText())
                .contains("aws_s3_bucket.state-backend_bucket_6C18FF55", "aws_dynamodb_table.state-backend_lock-table_A169D93E");
        assertThat(moved).allSatisfy(m -> assertThat(m.path("to").asText()).contains("state-use1_"));
    }
}
