package com.haevn.layers.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bootstrap stack: the state bucket and lock table of an environment. */
class StateLayerTest {

    private static final String STACK = "prod-global-state";

    private static JsonNode only(String type) {
        JsonNode resources = SynthesizedPlatform.resources(STACK, type);
        assertThat(resources.size()).as("number of %s", type).isEqualTo(1);
        return resources.elements().next();
    }

    @Test
    void should_keep_its_own_state_locally() {
        JsonNode backend = SynthesizedPlatform.stack(STACK).path("terraform").path("backend");

        assertThat(backend.has("local")).isTrue();
        assertThat(backend.has("s3")).isFalse();
    }

    @Test
    void should_name_the_bucket_after_environment_and_account_and_protect_it_from_destroy() {
        JsonNode bucket = only("aws_s3_bucket");

        assertThat(bucket.path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321");
        assertThat(bucket.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
    }

    @Test
    void should_version_encrypt_and_block_all_public_access() {
        assertThat(only("aws_s3_bucket_versioning").path("versioning_configuration").path("status").asText())
                .isEqualTo("Enabled");
        assertThat(only("aws_s3_bucket_server_side_encryption_configuration").path("rule").get(0)
                .path("apply_server_side_encryption_by_default").path("sse_algorithm").asText()).isEqualTo("AES256");
        JsonNode block = only("aws_s3_bucket_public_access_block");
        for (String flag : new String[] {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}) {
            assertThat(block.path(flag).asBoolean()).as(flag).isTrue();
        }
    }

    @Test
    void should_deny_every_request_not_made_over_tls() {
        String policy = only("aws_s3_bucket_policy").path("policy").asText();

        assertThat(policy).contains("\"Effect\":\"Deny\"").contains("\"aws:SecureTransport\":\"false\"");
    }

    @Test
    void should_expire_superseded_state_versions_after_90_days() {
        JsonNode rule = only("aws_s3_bucket_lifecycle_configuration").path("rule").get(0);

        assertThat(rule.path("status").asText()).isEqualTo("Enabled");
        assertThat(rule.path("noncurrent_version_expiration").path("noncurrent_days").asInt()).isEqualTo(90);
    }

    @Test
    void should_create_an_on_demand_lock_table_with_pitr_encryption_and_deletion_protection() {
        JsonNode table = only("aws_dynamodb_table");

        assertThat(table.path("name").asText()).isEqualTo("haevn-prod-tfstate-lock");
        assertThat(table.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.path("hash_key").asText()).isEqualTo("LockID");
        assertThat(table.path("attribute").get(0).path("type").asText()).isEqualTo("S");
        assertThat(table.path("point_in_time_recovery").path("enabled").asBoolean()).isTrue();
        assertThat(table.path("server_side_encryption").path("enabled").asBoolean()).isTrue();
        assertThat(table.path("deletion_protection_enabled").asBoolean()).isTrue();
        assertThat(table.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
    }
}
