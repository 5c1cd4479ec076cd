package com.haevn.modules.objects;

import com.haevn.modules.iam.PolicyJson;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleExpiration;
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
 * The bucket the S3 server access logs of a region's object buckets go to. Encrypted with SSE-S3 ({@code AES256}):
 * S3 delivers server access logs only to buckets with SSE-S3 default encryption, not SSE-KMS, and never to a bucket
 * with Object Lock. Otherwise hardened like the buckets it logs: versioned, all public access blocked, ACLs disabled
 * (so delivery is granted by the policy, not by ACLs), TLS only; only the S3 logging service may write, only for the
 * named source buckets of this account. Logs expire after their retention, their noncurrent versions
 * {@value LifecycleDays#ACCESS_LOG_NONCURRENT_DAYS} days later.
 */
final class ServerAccessLogBucket extends Construct {

    /** The principal S3 delivers server access logs as. */
    static final String LOGGING_SERVICE = "logging.s3.amazonaws.com";

    private final S3Bucket bucket;
    private final S3BucketPolicy policy;

    /**
     * @param bucketName        the log bucket's name
     * @param sourceBucketNames the buckets whose logs it receives
     * @param accountId         the account of those buckets
     * @param days              the retention of the logs and the upload abort
     * @param provider          the provider of the bucket's region, null for the stack's default
     */
    ServerAccessLogBucket(Construct scope, String id, String bucketName, List<String> sourceBucketNames,
                          String accountId, LifecycleDays days, TerraformProvider provider) {
        super(scope, id);
        bucket = S3Bucket.Builder.create(this, "bucket").bucket(bucketName).provider(provider)
                .tags(Map.of("Purpose", "S3 server access logs of the object buckets"))
                .build();
        Suppressions.suppress(bucket, "HVN-S3-007", "S3 server access log target: S3 refuses to deliver logs to a"
                + " bucket with Object Lock; versioning and a TLS-only, delivery-only policy protect the logs");
        S3BucketVersioningA versioning = S3BucketVersioningA.Builder.create(this, "versioning")
                .bucket(bucket.getId()).provider(provider)
                .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder().status("Enabled").build())
                .build();
        S3BucketServerSideEncryptionConfigurationA.Builder.create(this, "encryption")
                .bucket(bucket.getId()).provider(provider)
                .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                        .applyServerSideEncryptionByDefault(
                                S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
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
        policy = S3BucketPolicy.Builder.create(this, "policy")
                .bucket(bucket.getId()).provider(provider)
                .policy(PolicyJson.document(List.of(
                        BucketPolicies.denyInsecureTransport(bucket.getArn()),
                        Map.of("Sid", "S3ServerAccessLogDelivery",
                                "Effect", "Allow",
                                "Principal", Map.of("Service", LOGGING_SERVICE),
                                "Action", "s3:PutObject",
                                "Resource", bucket.getArn() + "/*",
                                "Condition", Map.of(
                                        "ArnLike", Map.of("aws:SourceArn", sourceBucketNames.stream()
                                                .map(name -> "arn:aws:s3:::" + name).toList()),
                                        "StringEquals", Map.of("aws:SourceAccount", accountId))))))
                .build();
        S3BucketLifecycleConfiguration.Builder.create(this, "lifecycle")
                .bucket(bucket.getId()).provider(provider)
                .rule(List.of(S3BucketLifecycleConfigurationRule.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                        .expiration(S3BucketLifecycleConfigurationRuleExpiration.builder()
                                .days(days.accessLogRetentionDays()).build())
                        .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                                .noncurrentDays(LifecycleDays.ACCESS_LOG_NONCURRENT_DAYS)
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

    /** Logging must wait for it: S3 checks that it may deliver when logging is turned on. */
    S3BucketPolicy policy() {
        return policy;
    }
}
