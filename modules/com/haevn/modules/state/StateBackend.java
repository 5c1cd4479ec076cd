package com.haevn.modules.state;

import com.haevn.modules.iam.PolicyJson;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTable;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableAttribute;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTablePointInTimeRecovery;
import com.hashicorp.cdktf.providers.aws.dynamodb_table.DynamodbTableServerSideEncryption;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControls;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlock;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningVersioningConfiguration;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * Where Terraform state lives: an S3 bucket (versioned, encrypted by default, all public access blocked, ACLs
 * disabled, a policy that refuses any request not made over TLS, superseded versions expired after a retention)
 * and a DynamoDB lock table (on-demand, {@code LockID} hash key, point-in-time recovery, encryption, deletion
 * protection). Both are protected against {@code terraform destroy} by {@code prevent_destroy}.
 */
public class StateBackend extends Construct {

    private final S3Bucket bucket;
    private final DynamodbTable lockTable;

    public StateBackend(Construct scope, String id, StateBackendProps props) {
        super(scope, id);
        TerraformResourceLifecycle keep = TerraformResourceLifecycle.builder().preventDestroy(true).build();

        bucket = S3Bucket.Builder.create(this, "bucket")
                .bucket(props.bucketName())
                .lifecycle(keep)
                .build();
        Suppressions.suppress(bucket, "HVN-DR-001", "holds Terraform state, not the platform's object storage:"
                + " versioned with history, and lost state can be rebuilt by importing the resources");
        S3BucketVersioningA.Builder.create(this, "versioning")
                .bucket(bucket.getId())
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build();
        S3BucketServerSideEncryptionConfigurationA.Builder.create(this, "encryption")
                .bucket(bucket.getId())
                .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(
                                S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                        .build()))
                .build();
        S3BucketPublicAccessBlock.Builder.create(this, "public-access-block")
                .bucket(bucket.getId())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build();
        S3BucketOwnershipControls.Builder.create(this, "ownership")
                .bucket(bucket.getId())
                .rule(S3BucketOwnershipControlsRule.builder().objectOwnership("BucketOwnerEnforced").build())
                .build();
        S3BucketPolicy.Builder.create(this, "tls-only-policy")
                .bucket(bucket.getId())
                .policy(PolicyJson.document(List.of(Map.of(
                        "Sid", "DenyInsecureTransport",
                        "Effect", "Deny",
                        "Principal", "*",
                        "Action", "s3:*",
                        "Resource", List.of(bucket.getArn(), bucket.getArn() + "/*"),
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))
                .build();
        S3BucketLifecycleConfiguration.Builder.create(this, "lifecycle")
                .bucket(bucket.getId())
                .rule(List.of(S3BucketLifecycleConfigurationRule.builder()
                        .id("expire-superseded-state")
                        .status("Enabled")
                        .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                        .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                                .noncurrentDays(props.noncurrentVersionRetentionDays())
                                .build())
                        .abortIncompleteMultipartUpload(S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                                .daysAfterInitiation(7)
                                .build())
                        .build()))
                .build();

        lockTable = DynamodbTable.Builder.create(this, "lock-table")
                .name(props.lockTableName())
                .billingMode("PAY_PER_REQUEST")
                .hashKey("LockID")
                .attribute(List.of(DynamodbTableAttribute.builder().name("LockID").type("S").build()))
                .pointInTimeRecovery(DynamodbTablePointInTimeRecovery.builder().enabled(true).build())
                .serverSideEncryption(DynamodbTableServerSideEncryption.builder().enabled(true).build())
                .deletionProtectionEnabled(true)
                .lifecycle(keep)
                .build();
    }

    public S3Bucket bucket() {
        return bucket;
    }

    public DynamodbTable lockTable() {
        return lockTable;
    }
}
