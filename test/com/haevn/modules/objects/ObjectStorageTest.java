package com.haevn.modules.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object storage synthesized from its own props, outside any environment. */
class ObjectStorageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<BucketSpec> BUCKETS = List.of(
            new BucketSpec("photos", "team photos", DeleteProtection.OBJECT_LOCK),
            new BucketSpec("ledger", "signed ledgers", DeleteProtection.MFA_DELETE));

    private static JsonNode synth(boolean replicate) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "objects-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        AwsProvider other = AwsProvider.Builder.create(stack, "aws-euw1").region("eu-west-1").alias("euw1").build();
        ObjectStorageProps.Builder props = ObjectStorageProps.builder().namePrefix("team-a").accountId("123456789012")
                .region("eu-central-1", "euc1").buckets(BUCKETS).days(new LifecycleDays(60, 20, 3, 30));
        if (replicate) {
            props.replica(new ObjectStorageProps.ReplicaRegion("eu-west-1", "euw1", other));
        }
        new ObjectStorage(stack, "objects", props.build());
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static Map<String, JsonNode> byBucket(JsonNode resources, String type, String field) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        resources.path(type).forEach(r -> found.put(r.path(field).asText(), r));
        return found;
    }

    private static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(found::add);
        return found;
    }

    @Test
    void should_lock_and_tier_lifecycle_buckets_and_leave_mfa_delete_buckets_without_a_lifecycle() throws Exception {
        JsonNode resources = synth(false);

        Map<String, JsonNode> buckets = byBucket(resources, S3Bucket.TF_RESOURCE_TYPE, "bucket");
        assertThat(buckets).containsOnlyKeys("team-a-euc1-photos", "team-a-euc1-ledger", "team-a-euc1-objects-logs");
        assertThat(buckets.get("team-a-euc1-photos").path("object_lock_enabled").asBoolean()).isTrue();
        assertThat(buckets.get("team-a-euc1-ledger").path("object_lock_enabled").asBoolean()).isFalse();
        JsonNode lock = all(resources, S3BucketObjectLockConfigurationA.TF_RESOURCE_TYPE).get(0);
        assertThat(all(resources, S3BucketObjectLockConfigurationA.TF_RESOURCE_TYPE)).hasSize(1);
        assertThat(lock.path("rule").path("default_retention").path("mode").asText()).isEqualTo("GOVERNANCE");
        assertThat(lock.path("rule").path("default_retention").path("days").asInt()).isEqualTo(20);

        List<JsonNode> lifecycles = all(resources, S3BucketLifecycleConfiguration.TF_RESOURCE_TYPE);
        assertThat(lifecycles).hasSize(2); // the photos bucket and the log bucket
        JsonNode tiering = lifecycles.stream().filter(l -> l.path("rule").get(0).path("id").asText()
                .equals(ObjectBucket.LIFECYCLE_RULE_ID)).findFirst().orElseThrow().path("rule").get(0);
        assertThat(tiering.path("transition").get(0).path("days").asInt()).isZero();
        assertThat(tiering.path("transition").get(0).path("storage_class").asText()).isEqualTo("INTELLIGENT_TIERING");
        assertThat(tiering.path("noncurrent_version_expiration").path("noncurrent_days").asInt()).isEqualTo(60);
        assertThat(tiering.path("expiration").path("expired_object_delete_marker").asBoolean()).isTrue();
        assertThat(tiering.path("abort_incomplete_multipart_upload").path("days_after_initiation").asInt())
                .isEqualTo(3);
        assertThat(all(resources, S3BucketReplicationConfigurationA.TF_RESOURCE_TYPE)).isEmpty();
    }

    @Test
    void should_log_to_an_sse_s3_bucket_that_admits_only_s3_log_delivery_for_the_named_buckets() throws Exception {
        JsonNode resources = synth(false);

        assertThat(all(resources, S3BucketLoggingA.TF_RESOURCE_TYPE)).extracting(l -> l.path("target_prefix").asText())
                .containsExactlyInAnyOrder("team-a-euc1-photos/", "team-a-euc1-ledger/");
        List<String> algorithms = all(resources, S3BucketServerSideEncryptionConfigurationA.TF_RESOURCE_TYPE).stream()
                .map(e -> e.path("rule").get(0).path("apply_server_side_encryption_by_default").path("sse_algorithm")
                        .asText()).toList();
        assertThat(algorithms).containsExactlyInAnyOrder("aws:kms", "aws:kms", "AES256");
        JsonNode logPolicy = all(resources, "aws_s3_bucket_policy").stream()
                .filter(p -> p.path("policy").asText().contains("logging.s3.amazonaws.com")).findFirst().orElseThrow();
        JsonNode delivery = JSON.readTree(logPolicy.path("policy").asText()).path("Statement").get(1);
        assertThat(delivery.path("Condition").path("ArnLike").path("aws:SourceArn"))
                .extracting(JsonNode::asText).containsExactly("arn:aws:s3:::team-a-euc1-photos",
                        "arn:aws:s3:::team-a-euc1-ledger");
        assertThat(delivery.path("Condition").path("StringEquals").path("aws:SourceAccount").asText())
                .isEqualTo("123456789012");
    }

    @Test
    void should_replicate_each_bucket_with_time_control_into_a_replica_of_the_other_region() throws Exception {
        JsonNode resources = synth(true);

        Map<String, JsonNode> buckets = byBucket(resources, S3Bucket.TF_RESOURCE_TYPE, "bucket");
        assertThat(buckets).containsKeys("team-a-euw1-photos-from-euc1", "team-a-euw1-ledger-from-euc1",
                "team-a-euw1-objects-logs-from-euc1");
        assertThat(buckets.get("team-a-euw1-photos-from-euc1").path("provider").asText()).isEqualTo("aws.euw1");
        assertThat(buckets.get("team-a-euw1-photos-from-euc1").path("object_lock_enabled").asBoolean()).isTrue();
        assertThat(all(resources, KmsKey.TF_RESOURCE_TYPE)).hasSize(2)
                .allSatisfy(k -> assertThat(k.path("enable_key_rotation").asBoolean()).isTrue());

        List<JsonNode> configurations = all(resources, S3BucketReplicationConfigurationA.TF_RESOURCE_TYPE);
        assertThat(configurations).hasSize(2).allSatisfy(c -> {
            JsonNode destination = c.path("rule").get(0).path("destination");
            assertThat(destination.path("replication_time").path("status").asText()).isEqualTo("Enabled");
            assertThat(destination.path("replication_time").path("time").path("minutes").asInt()).isEqualTo(15);
            assertThat(destination.path("metrics").path("event_threshold").path("minutes").asInt()).isEqualTo(15);
            assertThat(destination.path("storage_class").asText()).isEqualTo("INTELLIGENT_TIERING");
            assertThat(destination.path("encryption_configuration").path("replica_kms_key_id").asText())
                    .startsWith("${aws_kms_key.").contains("replica-euw1");
            assertThat(c.path("rule").get(0).path("delete_marker_replication").path("status").asText())
                    .isEqualTo("Enabled");
        });

        JsonNode policy = JSON.readTree(all(resources, IamRolePolicy.TF_RESOURCE_TYPE).get(0).path("policy").asText());
        JsonNode read = policy.path("Statement").get(1);
        assertThat(read.path("Action")).extracting(JsonNode::asText)
                .contains("s3:GetObjectRetention", "s3:GetObjectLegalHold");
        assertThat(policy.path("Statement").get(4).path("Condition").path("StringEquals").path("kms:ViaService")
                .asText()).isEqualTo("s3.eu-west-1.amazonaws.com");
    }

    @Test
    void should_refuse_inconsistent_props_with_the_value_received() {
        assertThatThrownBy(() -> new LifecycleDays(30, 60, 7, 90)).hasMessage("objectLockRetentionDays (60) must "
                + "not exceed noncurrentVersionExpirationDays (30): a locked version outlives the day the lifecycle "
                + "should delete it");
        assertThatThrownBy(() -> new BucketSpec("Media", "x", DeleteProtection.OBJECT_LOCK))
                .hasMessageContaining("got 'Media'");
        assertThatThrownBy(() -> ObjectStorageProps.builder().namePrefix("p").accountId("123456789012")
                .region("eu-central-1", "euc1").buckets(List.of(
                        new BucketSpec("objects-logs", "x", DeleteProtection.OBJECT_LOCK))).build())
                .hasMessageContaining("'objects-logs'");
    }
}
