package com.haevn.modules.objects;

import com.haevn.modules.iam.PolicyJson;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleTransition;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_object_lock_configuration.S3BucketObjectLockConfigurationRuleDefaultRetentionA;
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
 * A bucket of file objects, or its replica: versioned, SSE-KMS with the region's customer-managed key and bucket keys
 * (KMS is asked once per bucket and batch, not per object), all public access blocked, ACLs disabled
 * ({@code BucketOwnerEnforced}), a policy refusing any request not made over TLS, server access logs to the region's
 * log bucket under {@code <bucket name>/}, and {@code prevent_destroy}. Its {@link DeleteProtection} decides the rest:
 * <ul>
 *   <li>{@code OBJECT_LOCK}: Object Lock enabled at creation with a governance-mode default retention, and the
 *       lifecycle: current objects move to Intelligent-Tiering on day 0, a version expires the configured number of
 *       days after it became noncurrent, delete markers without versions behind them are removed, incomplete
 *       multipart uploads are aborted;</li>
 *   <li>{@code MFA_DELETE}: no lifecycle configuration (S3 refuses one with MFA delete) and no Object Lock; MFA delete
 *       itself is turned on by the root user (docs/objects.md), which Terraform cannot do.</li>
 * </ul>
 */
final class ObjectBucket extends Construct {

    static final String LIFECYCLE_RULE_ID = "intelligent-tiering-and-noncurrent-expiry";

    private static final String MFA_DELETE_BUCKET = "MFA delete bucket (docs/objects.md): S3 refuses a lifecycle"
            + " configuration on a bucket with MFA delete, so its versions are kept until deleted with the root MFA code";

    private final S3Bucket bucket;
    private final S3BucketVersioningA versioning;

    /**
     * @param bucketName the bucket's name
     * @param spec       its purpose and protection
     * @param kmsKeyArn  the customer-managed key of the bucket's region
     * @param logs       the log bucket of the same region
     * @param days       lifecycle and lock days
     * @param provider   the provider of the bucket's region, null for the stack's default
     */
    ObjectBucket(Construct scope, String id, String bucketName, BucketSpec spec, String kmsKeyArn,
                 ServerAccessLogBucket logs, LifecycleDays days, TerraformProvider provider) {
        super(scope, id);
        boolean locked = spec.protection() == DeleteProtection.OBJECT_LOCK;
        bucket = S3Bucket.Builder.create(this, "bucket")
                .bucket(bucketName)
                .provider(provider)
                .objectLockEnabled(locked)
                .tags(Map.of("Purpose", spec.purpose(), "DeleteProtection", spec.protection().name()))
                .lifecycle(TerraformResourceLifecycle.builder().preventDestroy(true).build())
                .build();
        versioning = S3BucketVersioningA.Builder.create(this, "versioning")
                .bucket(bucket.getId()).provider(provider)
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build();
        S3BucketServerSideEncryptionConfigurationA.Builder.create(this, "encryption")
                .bucket(bucket.getId()).provider(provider)
                .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(
                                S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder()
                                        .sseAlgorithm("aws:kms")
                                        .kmsMasterKeyId(kmsKeyArn)
                                        .build())
                        .bucketKeyEnabled(true)
                        .build()))
                .build();
        S3BucketPublicAccessBlock.Builder.create(this, "public-access-block")
                .bucket(bucket.getId()).provider(provider)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build();
        S3BucketOwnershipControls.Builder.create(this, "ownership")
                .bucket(bucket.getId()).provider(provider)
                .rule(S3BucketOwnershipControlsRule.builder().objectOwnership("BucketOwnerEnforced").build())
                .build();
        S3BucketPolicy.Builder.create(this, "tls-only-policy")
                .bucket(bucket.getId()).provider(provider)
                .policy(PolicyJson.document(List.of(BucketPolicies.denyInsecureTransport(bucket.getArn()))))
                .build();
        S3BucketLoggingA.Builder.create(this, "access-logs")
                .bucket(bucket.getId()).provider(provider)
                .targetBucket(logs.bucket().getId())
                .targetPrefix(bucketName + "/")
                .dependsOn(List.of(logs.policy()))
                .build();
        if (locked) {
            lock(days, provider);
            lifecycle(days, provider);
        } else {
            Suppressions.suppress(bucket, "HVN-S3-005", MFA_DELETE_BUCKET);
            Suppressions.suppress(bucket, "HVN-S3-006", MFA_DELETE_BUCKET);
            Suppressions.suppress(bucket, "HVN-S3-007", "MFA delete is turned on once by the root user with its MFA"
                    + " device (docs/objects.md); Terraform cannot set it, so the configuration does not show it");
        }
    }

    private void lock(LifecycleDays days, TerraformProvider provider) {
        S3BucketObjectLockConfigurationA.Builder.create(this, "object-lock")
                .bucket(bucket.getId()).provider(provider)
                .rule(S3BucketObjectLockConfigurationRuleA.builder()
                        .defaultRetention(S3BucketObjectLockConfigurationRuleDefaultRetentionA.builder()
                                .mode("GOVERNANCE")
                                .days(days.objectLockRetentionDays())
                                .build())
                        .build())
                .dependsOn(List.of(versioning))
                .build();
    }

    private void lifecycle(LifecycleDays days, TerraformProvider provider) {
        S3BucketLifecycleConfiguration.Builder.create(this, "lifecycle")
                .bucket(bucket.getId()).provider(provider)
                .rule(List.of(S3BucketLifecycleConfigurationRule.builder()
                        .id(LIFECYCLE_RULE_ID)
                        .status("Enabled")
                        .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                        .transition(List.of(S3BucketLifecycleConfigurationRuleTransition.builder()
                                .days(0)
                                .storageClass("INTELLIGENT_TIERING")
                                .build()))
                        .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                                .noncurrentDays(days.noncurrentVersionExpirationDays())
                                .build())
                        .expiration(S3BucketLifecycleConfigurationRuleExpiration.builder()
                                .expiredObjectDeleteMarker(true)
                                .build())
                        .abortIncompleteMultipartUpload(S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                                .daysAfterInitiation(days.abortIncompleteUploadDays())
                                .build())
                        .build()))
                .dependsOn(List.of(versioning))
                .build();
    }

    S3Bucket bucket() {
        return bucket;
    }

    /** Replication needs versioning in place first, on both sides: depend on this. */
    S3BucketVersioningA versioning() {
        return versioning;
    }
}
