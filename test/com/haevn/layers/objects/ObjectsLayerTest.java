package com.haevn.layers.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The objects stacks of dev, staging and prod, as the environment files configure them. */
class ObjectsLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    /** The buckets of a stack by name in AWS. */
    private static Map<String, JsonNode> buckets(String stack) {
        Map<String, JsonNode> buckets = new LinkedHashMap<>();
        all(stack, "aws_s3_bucket").forEach(b -> buckets.put(b.path("bucket").asText(), b));
        return buckets;
    }

    /** The resources of {@code type} pointing at the bucket named {@code name}, by its interpolated id. */
    private static List<JsonNode> of(String stack, String type, String name) {
        String id = bucketRef(stack, name, "id");
        return all(stack, type).stream().filter(r -> r.path("bucket").asText().equals(id)).toList();
    }

    private static String bucketRef(String stack, String name, String attribute) {
        var fields = SynthesizedPlatform.resources(stack, "aws_s3_bucket").fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (entry.getValue().path("bucket").asText().equals(name)) {
                return "${aws_s3_bucket." + entry.getKey() + "." + attribute + "}";
            }
        }
        throw new AssertionError("no bucket " + name + " in " + stack);
    }

    private static JsonNode json(JsonNode text) {
        try {
            return JSON.readTree(text.asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-use1-objects", "staging-use1-objects", "staging-usw2-objects", "prod-use1-objects",
            "prod-usw2-objects"})
    void should_harden_every_bucket_alike(String stack) {
        Map<String, JsonNode> buckets = buckets(stack);
        buckets.keySet().forEach(name -> {
            assertThat(of(stack, "aws_s3_bucket_versioning", name)).as(name).singleElement().satisfies(v ->
                    assertThat(v.path("versioning_configuration").path("status").asText()).isEqualTo("Enabled"));
            assertThat(of(stack, "aws_s3_bucket_public_access_block", name)).as(name).singleElement().satisfies(p -> {
                assertThat(p.path("block_public_acls").asBoolean()).isTrue();
                assertThat(p.path("block_public_policy").asBoolean()).isTrue();
                assertThat(p.path("ignore_public_acls").asBoolean()).isTrue();
                assertThat(p.path("restrict_public_buckets").asBoolean()).isTrue();
            });
            assertThat(of(stack, "aws_s3_bucket_ownership_controls", name)).as(name).singleElement().satisfies(o ->
                    assertThat(o.path("rule").path("object_ownership").asText()).isEqualTo("BucketOwnerEnforced"));
            JsonNode tls = json(of(stack, "aws_s3_bucket_policy", name).get(0).path("policy")).path("Statement").get(0);
            assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
            assertThat(tls.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
            JsonNode encryption = of(stack, "aws_s3_bucket_server_side_encryption_configuration", name).get(0)
                    .path("rule").get(0);
            if (name.contains("-objects-logs")) {
                // S3 delivers server access logs only to SSE-S3 buckets
                assertThat(encryption.path("apply_server_side_encryption_by_default").path("sse_algorithm").asText())
                        .as(name).isEqualTo("AES256");
            } else {
                assertThat(encryption.path("apply_server_side_encryption_by_default").path("sse_algorithm").asText())
                        .as(name).isEqualTo("aws:kms");
                assertThat(encryption.path("apply_server_side_encryption_by_default").path("kms_master_key_id")
                        .asText()).startsWith("${aws_kms_key.");
                assertThat(encryption.path("bucket_key_enabled").asBoolean()).isTrue();
                assertThat(of(stack, "aws_s3_bucket_logging", name)).as(name).singleElement().satisfies(l -> {
                    assertThat(l.path("target_prefix").asText()).isEqualTo(name + "/");
                    assertThat(l.path("provider").asText()).isEqualTo(buckets.get(name).path("provider").asText());
                });
            }
        });
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-objects, dev, 7", "staging-use1-objects, staging, 30", "prod-usw2-objects, prod, 30"})
    void should_tier_lock_and_expire_noncurrent_versions_after_90_days(String stack, String env, int lockDays) {
        String code = stack.split("-")[1];
        String media = "haevn-" + env + "-" + code + "-media";
        assertThat(buckets(stack).get(media).path("object_lock_enabled").asBoolean()).isTrue();
        JsonNode lock = of(stack, "aws_s3_bucket_object_lock_configuration", media).get(0);
        assertThat(lock.path("rule").path("default_retention").path("mode").asText()).isEqualTo("GOVERNANCE");
        assertThat(lock.path("rule").path("default_retention").path("days").asInt()).isEqualTo(lockDays);
        JsonNode rule = of(stack, "aws_s3_bucket_lifecycle_configuration", media).get(0).path("rule").get(0);
        assertThat(rule.path("status").asText()).isEqualTo("Enabled");
        assertThat(rule.path("transition").get(0).path("days").asInt()).isZero();
        assertThat(rule.path("transition").get(0).path("storage_class").asText()).isEqualTo("INTELLIGENT_TIERING");
        assertThat(rule.path("noncurrent_version_expiration").path("noncurrent_days").asInt()).isEqualTo(90);
        assertThat(rule.path("expiration").path("expired_object_delete_marker").asBoolean()).isTrue();
        assertThat(rule.path("expiration").has("days")).isFalse(); // current objects are never expired
        assertThat(rule.path("abort_incomplete_multipart_upload").path("days_after_initiation").asInt()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging-use1-objects", "prod-use1-objects"})
    void should_leave_the_mfa_delete_bucket_without_lifecycle_and_lock_and_say_why(String stack) {
        String env = stack.substring(0, stack.indexOf('-'));
        String records = "haevn-" + env + "-use1-records";
        assertThat(buckets(stack).get(records).path("object_lock_enabled").asBoolean()).isFalse();
        assertThat(of(stack, "aws_s3_bucket_lifecycle_configuration", records)).isEmpty();
        assertThat(of(stack, "aws_s3_bucket_object_lock_configuration", records)).isEmpty();
        assertThat(buckets(stack).get(records).path("//").path("suppressions"))
                .extracting(s -> s.path("rule").asText()).containsExactly("HVN-S3-005", "HVN-S3-006", "HVN-S3-007");
    }

    @ParameterizedTest
    @CsvSource({"staging-use1-objects, staging, use1, usw2, us-west-2", "prod-use1-objects, prod, use1, usw2, us-west-2",
            "prod-usw2-objects, prod, usw2, use1, us-east-1"})
    void should_replicate_with_time_control_into_locked_replicas_of_the_other_region(String stack, String env,
                                                                                     String from, String to,
                                                                                     String toRegion) {
        Map<String, JsonNode> buckets = buckets(stack);
        List<JsonNode> configurations = all(stack, "aws_s3_bucket_replication_configuration");
        assertThat(configurations).hasSize(3);
        for (String suffix : List.of("media", "attachments", "records")) {
            String source = "haevn-" + env + "-" + from + "-" + suffix;
            String replica = "haevn-" + env + "-" + to + "-" + suffix + "-from-" + from;
            assertThat(buckets.get(replica).path("provider").asText()).isEqualTo("aws." + to);
            assertThat(buckets.get(replica).path("object_lock_enabled").asBoolean())
                    .isEqualTo(buckets.get(source).path("object_lock_enabled").asBoolean());
            JsonNode rule = of(stack, "aws_s3_bucket_replication_configuration", source).get(0).path("rule").get(0);
            JsonNode destination = rule.path("destination");
            assertThat(destination.path("bucket").asText()).isEqualTo(bucketRef(stack, replica, "arn"));
            assertThat(destination.path("replication_time").path("status").asText()).isEqualTo("Enabled");
            assertThat(destination.path("replication_time").path("time").path("minutes").asInt()).isEqualTo(15);
            assertThat(destination.path("metrics").path("status").asText()).isEqualTo("Enabled");
            assertThat(destination.path("metrics").path("event_threshold").path("minutes").asInt()).isEqualTo(15);
            assertThat(rule.path("delete_marker_replication").path("status").asText()).isEqualTo("Enabled");
            String replicaKey = destination.path("encryption_configuration").path("replica_kms_key_id").asText();
            String keyName = replicaKey.substring("${aws_kms_key.".length(), replicaKey.lastIndexOf('.'));
            assertThat(SynthesizedPlatform.resources(stack, "aws_kms_key").path(keyName).path("provider").asText())
                    .isEqualTo("aws." + to);
        }
        assertThat(of(stack, "aws_s3_bucket_lifecycle_configuration", "haevn-" + env + "-" + to + "-media-from-"
                + from).get(0).path("rule").get(0).path("noncurrent_version_expiration").path("noncurrent_days")
                .asInt()).isEqualTo(90);
        assertThat(of(stack, "aws_s3_bucket_logging", "haevn-" + env + "-" + to + "-media-from-" + from).get(0)
                .path("target_bucket").asText()).isEqualTo(bucketRef(stack, "haevn-" + env + "-" + to
                + "-objects-logs-from-" + from, "id"));
        JsonNode policy = json(all(stack, "aws_iam_role_policy").get(0).path("policy"));
        assertThat(policy.path("Statement").get(4).path("Condition").path("StringEquals").path("kms:ViaService")
                .asText()).isEqualTo("s3." + toRegion + ".amazonaws.com");
        assertThat(SynthesizedPlatform.stack(stack).path("data").path("terraform_remote_state").size()).isZero();
    }

    @Test
    void should_keep_dev_in_one_region_with_the_tier_rule_written_down() {
        assertThat(all("dev-use1-objects", "aws_s3_bucket_replication_configuration")).isEmpty();
        assertThat(buckets("dev-use1-objects")).containsOnlyKeys("haevn-dev-use1-media", "haevn-dev-use1-attachments",
                "haevn-dev-use1-objects-logs");
        assertThat(buckets("dev-use1-objects").values()).allSatisfy(b ->
                assertThat(b.path("//").path("suppressions")).extracting(s -> s.path("rule").asText())
                        .contains("HVN-DR-001"));
    }

    @Test
    void should_export_the_buckets_in_config_order_and_the_keys() {
        JsonNode outputs = SynthesizedPlatform.stack("prod-use1-objects").path("output");
        assertThat(outputs.fieldNames()).toIterable().contains("key_arn", "bucket_names", "bucket_arns",
                "replica_key_arns", "replica_bucket_names", "replica_bucket_arns");
        assertThat(outputs.path("bucket_names").path("value")).extracting(JsonNode::asText).containsExactly(
                bucketRef("prod-use1-objects", "haevn-prod-use1-media", "bucket"),
                bucketRef("prod-use1-objects", "haevn-prod-use1-attachments", "bucket"),
                bucketRef("prod-use1-objects", "haevn-prod-use1-records", "bucket"));
    }
}
