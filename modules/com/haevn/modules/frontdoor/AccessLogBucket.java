package com.haevn.modules.frontdoor;

import com.haevn.modules.iam.PolicyJson;
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
 * The bucket a load balancer writes its access logs to. Encrypted with SSE-S3 ({@code AES256}): ELB log delivery
 * supports no other encryption (not SSE-KMS). Otherwise hardened like every bucket of the platform: versioned, all
 * public access blocked, ACLs disabled, a policy that refuses any request not made over TLS and lets only the region's
 * log delivery principal ({@link ElbLogDelivery}) put objects, and only under {@code PREFIX/AWSLogs/ACCOUNT/}; logs
 * expire after the retention, their superseded versions 30 days later, incomplete uploads after 7 days.
 */
public class AccessLogBucket extends Construct {

    /** The key prefix the load balancer writes under. */
    public static final String PREFIX = "alb";
    /** How long a deleted or expired log stays recoverable, in days. */
    public static final int NONCURRENT_DAYS = 30;

    private final S3Bucket bucket;
    private final S3BucketPolicy policy;

    /**
     * @param bucketName    the bucket's name (globally unique)
     * @param region        the region, for the delivery principal
     * @param accountId     the account whose load balancers write, part of the delivery path
     * @param retentionDays how long logs are kept
     */
    public AccessLogBucket(Construct scope, String id, String bucketName, String region, String accountId,
                           int retentionDays) {
        super(scope, id);
        bucket = S3Bucket.Builder.create(this, "bucket").bucket(bucketName).build();
        S3BucketVersioningA versioning = S3BucketVersioningA.Builder.create(this, "versioning")
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
        policy = S3BucketPolicy.Builder.create(this, "policy")
                .bucket(bucket.getId())
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "DenyInsecureTransport",
                                "Effect", "Deny",
                                "Principal", "*",
                                "Action", "s3:*",
                                "Resource", List.of(bucket.getArn(), bucket.getArn() + "/*"),
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))),
                        Map.of("Sid", "ElbLogDelivery",
                                "Effect", "Allow",
                                "Principal", ElbLogDelivery.principal(region),
                                "Action", "s3:PutObject",
                                "Resource", bucket.getArn() + "/" + PREFIX + "/AWSLogs/" + accountId + "/*"))))
                .build();
        S3BucketLifecycleConfiguration.Builder.create(this, "lifecycle")
                .bucket(bucket.getId())
                .rule(List.of(S3BucketLifecycleConfigurationRule.builder()
                        .id("expire-access-logs")
                        .status("Enabled")
                        .filter(S3BucketLifecycleConfigurationRuleFilter.builder().prefix("").build())
                        .expiration(S3BucketLifecycleConfigurationRuleExpiration.builder().days(retentionDays).build())
                        .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                                .noncurrentDays(NONCURRENT_DAYS)
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

    /** The load balancer must wait for it: ELB checks that it may write before it turns access logs on. */
    public S3BucketPolicy policy() {
        return policy;
    }
}
