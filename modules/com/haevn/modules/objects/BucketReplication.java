package com.haevn.modules.objects;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDeleteMarkerReplication;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestination;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationMetrics;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationMetricsEventThreshold;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationReplicationTime;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationReplicationTimeTime;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleSourceSelectionCriteria;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replicates every source bucket into its replica with S3 Replication Time Control: designed to replicate 99.99% of
 * new objects within {@value #REPLICATION_MINUTES} minutes, backed by an SLA, and publishes replication metrics and a
 * missed-threshold event at the same {@value #REPLICATION_MINUTES} minutes. Every new version and delete marker is
 * replicated, SSE-KMS objects re-encrypted with the replica region's key, stored as Intelligent-Tiering. Object Lock
 * retention travels with each version (the replicas have Object Lock too; S3 requires it). S3 replicates as one IAM
 * role, trusted by S3 alone, that may read these sources (and their lock settings), write these replicas, decrypt with
 * the source key and encrypt with the replica key, each through S3 of its region only.
 */
final class BucketReplication extends Construct {

    /** S3 Replication Time Control's one threshold: the SLA and the metrics' event threshold. */
    static final int REPLICATION_MINUTES = 15;

    private final List<S3BucketReplicationConfigurationA> configurations = new ArrayList<>();

    /**
     * @param roleName          the replication role's name
     * @param source            the buckets of the stack's region
     * @param sourceRegion      their region, e.g. {@code us-east-1}
     * @param replica           their replicas, in the same order
     * @param replicaRegion     the replicas' region
     * @param replicaRegionCode its short code, for rule ids
     * @param provider          the provider of the source region, null for the stack's default
     */
    BucketReplication(Construct scope, String id, String roleName, RegionalObjects source, String sourceRegion,
                      RegionalObjects replica, String replicaRegion, String replicaRegionCode,
                      TerraformProvider provider) {
        super(scope, id);
        List<String> sources = source.buckets().stream().map(b -> b.bucket().getArn()).toList();
        List<String> replicas = replica.buckets().stream().map(b -> b.bucket().getArn() + "/*").toList();
        IamRole role = IamRole.Builder.create(this, "role")
                .name(roleName)
                .provider(provider)
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "s3.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))
                .build();
        IamRolePolicy policy = IamRolePolicy.Builder.create(this, "policy")
                .name("replicate-objects")
                .role(role.getId())
                .provider(provider)
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "ReadReplicationConfiguration",
                                "Effect", "Allow",
                                "Action", List.of("s3:GetReplicationConfiguration", "s3:ListBucket"),
                                "Resource", sources),
                        Map.of("Sid", "ReadSourceVersions",
                                "Effect", "Allow",
                                "Action", List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                                        "s3:GetObjectVersionTagging", "s3:GetObjectRetention",
                                        "s3:GetObjectLegalHold"),
                                "Resource", sources.stream().map(arn -> arn + "/*").toList()),
                        Map.of("Sid", "WriteReplicas",
                                "Effect", "Allow",
                                "Action", List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"),
                                "Resource", replicas),
                        kms("DecryptSources", "kms:Decrypt", source.key().getArn(), sourceRegion),
                        kms("EncryptReplicas", List.of("kms:Encrypt", "kms:GenerateDataKey"), replica.key().getArn(),
                                replicaRegion))))
                .build();
        for (int i = 0; i < source.buckets().size(); i++) {
            ObjectBucket from = source.buckets().get(i);
            ObjectBucket to = replica.buckets().get(i);
            configurations.add(S3BucketReplicationConfigurationA.Builder.create(this, "configuration-" + i)
                    .bucket(from.bucket().getId())
                    .role(role.getArn())
                    .provider(provider)
                    .rule(List.of(rule(replicaRegionCode, to, replica.key().getArn())))
                    .dependsOn(List.of(from.versioning(), to.versioning(), policy))
                    .build());
        }
    }

    private static S3BucketReplicationConfigurationRule rule(String replicaRegionCode, ObjectBucket to,
                                                             String replicaKeyArn) {
        return S3BucketReplicationConfigurationRule.builder()
                .id("to-" + replicaRegionCode)
                .priority(0)
                .status("Enabled")
                .filter(S3BucketReplicationConfigurationRuleFilter.builder().prefix("").build())
                .deleteMarkerReplication(S3BucketReplicationConfigurationRuleDeleteMarkerReplication.builder()
                        .status("Enabled").build())
                .sourceSelectionCriteria(S3BucketReplicationConfigurationRuleSourceSelectionCriteria.builder()
                        .sseKmsEncryptedObjects(S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects
                                .builder().status("Enabled").build())
                        .build())
                .destination(S3BucketReplicationConfigurationRuleDestination.builder()
                        .bucket(to.bucket().getArn())
                        .storageClass("INTELLIGENT_TIERING")
                        .encryptionConfiguration(S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration
                                .builder().replicaKmsKeyId(replicaKeyArn).build())
                        .replicationTime(S3BucketReplicationConfigurationRuleDestinationReplicationTime.builder()
                                .status("Enabled")
                                .time(S3BucketReplicationConfigurationRuleDestinationReplicationTimeTime.builder()
                                        .minutes(REPLICATION_MINUTES).build())
                                .build())
                        .metrics(S3BucketReplicationConfigurationRuleDestinationMetrics.builder()
                                .status("Enabled")
                                .eventThreshold(S3BucketReplicationConfigurationRuleDestinationMetricsEventThreshold
                                        .builder().minutes(REPLICATION_MINUTES).build())
                                .build())
                        .build())
                .build();
    }

    /** A KMS statement for one key, used only by S3 of the key's region. */
    private static Map<String, Object> kms(String sid, Object actions, String keyArn, String region) {
        return Map.of("Sid", sid,
                "Effect", "Allow",
                "Action", actions,
                "Resource", keyArn,
                "Condition", Map.of("StringEquals", Map.of("kms:ViaService", "s3." + region + ".amazonaws.com")));
    }

    /** One per source bucket, in their order. */
    List<S3BucketReplicationConfigurationA> configurations() {
        return List.copyOf(configurations);
    }
}
