package com.haevn.modules.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationA;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state constructs synthesized from their own props, outside any environment. */
class StateConstructsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_build_a_store_with_its_own_key_bucket_and_table_and_the_default_retention() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "state-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new StateStore(stack, "store", StateStoreProps.builder().bucketName("team-a-tfstate")
                .lockTableName("team-a-lock").keyAlias("alias/team-a-tfstate").build());

        JsonNode resources = JSON.readTree(Testing.synth(stack)).path("resource");

        assertThat(resources.path(KmsKey.TF_RESOURCE_TYPE).elements().next().path("enable_key_rotation").asBoolean())
                .isTrue();
        assertThat(resources.path(S3Bucket.TF_RESOURCE_TYPE).elements().next().path("bucket").asText())
                .isEqualTo("team-a-tfstate");
        assertThat(resources.path(DynamodbTable.TF_RESOURCE_TYPE).elements().next().path("name").asText())
                .isEqualTo("team-a-lock");
        assertThat(resources.path(S3BucketLifecycleConfiguration.TF_RESOURCE_TYPE).elements().next().path("rule")
                .get(0).path("noncurrent_version_expiration").path("noncurrent_days").asInt())
                .isEqualTo(StateBucketProps.DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS);
    }

    @Test
    void should_replicate_to_each_destination_with_its_own_rule_and_priority() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "replication-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        StateBucket source = new StateBucket(stack, "source", StateBucketProps.builder().bucketName("src")
                .kmsKeyArn("arn:aws:kms:eu-central-1:123456789012:key/a").noncurrentVersionRetentionDays(30).build());
        StateBucket first = new StateBucket(stack, "first", StateBucketProps.builder().bucketName("dst-1")
                .kmsKeyArn("arn:aws:kms:eu-west-1:123456789012:key/b").build());
        StateBucket second = new StateBucket(stack, "second", StateBucketProps.builder().bucketName("dst-2")
                .kmsKeyArn("arn:aws:kms:eu-north-1:123456789012:key/c").build());
        new StateReplication(stack, "replication", StateReplicationProps.builder().roleName("replicate-src")
                .source(source, "arn:aws:kms:eu-central-1:123456789012:key/a")
                .destinations(List.of(
                        new StateReplicationProps.Destination(first, "arn:aws:kms:eu-west-1:123456789012:key/b"),
                        new StateReplicationProps.Destination(second, "arn:aws:kms:eu-north-1:123456789012:key/c")))
                .build());

        JsonNode replication = JSON.readTree(Testing.synth(stack)).path("resource")
                .path(S3BucketReplicationConfigurationA.TF_RESOURCE_TYPE).elements().next();

        assertThat(replication.path("rule")).extracting(r -> r.path("priority").asInt()).containsExactly(0, 1);
        assertThat(replication.path("rule")).extracting(r -> r.path("destination").path("encryption_configuration")
                .path("replica_kms_key_id").asText()).containsExactly("arn:aws:kms:eu-west-1:123456789012:key/b",
                "arn:aws:kms:eu-north-1:123456789012:key/c");
        assertThat(replication.path("depends_on")).hasSize(3);
    }

    @Test
    void should_refuse_an_aws_managed_key_alias_and_an_empty_replication() {
        assertThatThrownBy(() -> StateStoreProps.builder().bucketName("b").lockTableName("t").keyAlias("alias/aws/s3")
                .build()).hasMessageContaining("not name an AWS-managed key");
        assertThatThrownBy(() -> StateReplicationProps.builder().roleName("r").build())
                .isInstanceOf(NullPointerException.class);
    }
}
