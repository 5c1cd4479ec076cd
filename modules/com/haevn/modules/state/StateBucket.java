package com.haevn.modules.state;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
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
 * A bucket for Terraform state, or a replica of one: versioned, encrypted with a customer-managed KMS key (bucket key
 * on, so KMS is asked once per bucket and object batch, not per request), all public access blocked, ACLs disabled,
 * a policy that refuses any request not made over TLS, superseded versions expired after a retention and incomplete
 * uploads aborted after 7 days. Protected against {@code terraform destroy} by {@code prevent_destroy}.
 */
public class StateBucket extends Construct {

    private final S3Bucket bucket;
    private final S3BucketVersioningA versioning;

    public StateBucket(Construct scope, String id, StateBucketProps props) {
        super(scope, id);
        bucket = S3Bucket.Builder.create(this, "bucket")
                .bucket(props.bucketName())
                .provider(props.provider())
                .lifecycle(TerraformResourceLifecycle.builder().preventDestroy(true).build())
                .build();
        versioning = S3BucketVersioningA.Builder.create(this, "versioning")
                .bucket(bucket.getId())
                .provider(props.provider())
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build();
        S3BucketServerSideEncryptionConfigurationA.Builder.create(this, "encryption")
                .bucket(bucket.getId())
                .provider(props.provider())
                .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(
                                S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder()
                                        .sseAlgorithm("aws:kms")
                                        .kmsMasterKeyId(props.kmsKeyArn())
                                        .build())
                        .bucketKeyEnabled(true)
                        .build()))
                .build();
        S3BucketPublicAccessBlock.Builder.create(this, "public-access-block")
                .bucket(bucket.getId())
                .provider(props.provider())
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build();
        S3BucketOwnershipControls.Builder.create(this, "ownership")
                .bucket(bucket.getId())
                .provider(props.provider())
                .rule(S3BucketOwnershipControlsRule.builder().objectOwnership("BucketOwnerEnforced").build())
                .build();
        S3BucketPolicy.Builder.create(this, "tls-only-policy")
                .bucket(bucket.getId())
                .provider(props.provider())
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
                .provider(props.provider())
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
                .dependsOn(List.of(versioning))
                .build();
    }

    public S3Bucket bucket() {
        return bucket;
    }

    /** Replication needs versioning in place first: depend on this. */
    public S3BucketVersioningA versioning() {
        return versioning;
    }
}
