package com.haevn.modules.state;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDeleteMarkerReplication;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestination;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleSourceSelectionCriteria;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replicates a state bucket into one or more buckets in other regions, so that losing a region leaves a readable
 * copy of its state elsewhere: every new object version and delete marker, SSE-KMS objects re-encrypted with the
 * destination region's key. S3 replicates as an IAM role trusted by S3 alone, allowed to read this source and
 * write these destinations only.
 */
public class StateReplication extends Construct {

    private final S3BucketReplicationConfigurationA configuration;

    public StateReplication(Construct scope, String id, StateReplicationProps props) {
        super(scope, id);
        String source = props.source().bucket().getArn();
        List<String> replicaObjects = props.destinations().stream()
                .map(d -> d.bucket().bucket().getArn() + "/*").toList();
        List<String> replicaKeys = props.destinations().stream().map(StateReplicationProps.Destination::kmsKeyArn)
                .toList();

        IamRole role = IamRole.Builder.create(this, "role")
                .name(props.roleName())
                .provider(props.provider())
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "s3.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))
                .build();
        IamRolePolicy.Builder.create(this, "policy")
                .name("replicate-state")
                .role(role.getId())
                .provider(props.provider())
                .policy(PolicyJson.document(List.of(
                        Map.of("Effect", "Allow",
                                "Action", List.of("s3:GetReplicationConfiguration", "s3:ListBucket"),
                                "Resource", List.of(source)),
                        Map.of("Effect", "Allow",
                                "Action", List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl",
                                        "s3:GetObjectVersionTagging"),
                                "Resource", List.of(source + "/*")),
                        Map.of("Effect", "Allow",
                                "Action", List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"),
                                "Resource", replicaObjects),
                        Map.of("Effect", "Allow", "Action", List.of("kms:Decrypt"),
                                "Resource", List.of(props.sourceKeyArn())),
                        Map.of("Effect", "Allow", "Action", List.of("kms:Encrypt", "kms:GenerateDataKey"),
                                "Resource", replicaKeys))))
                .build();

        List<S3BucketReplicationConfigurationRule> rules = new ArrayList<>();
        for (int i = 0; i < props.destinations().size(); i++) {
            StateReplicationProps.Destination destination = props.destinations().get(i);
            rules.add(S3BucketReplicationConfigurationRule.builder()
                    .id("state-to-" + i)
                    .priority(i)
                    .status("Enabled")
                    .filter(S3BucketReplicationConfigurationRuleFilter.builder().prefix("").build())
                    .deleteMarkerReplication(S3BucketReplicationConfigurationRuleDeleteMarkerReplication.builder()
                            .status("Enabled").build())
                    .sourceSelectionCriteria(S3BucketReplicationConfigurationRuleSourceSelectionCriteria.builder()
                            .sseKmsEncryptedObjects(
                                    S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects
                                            .builder().status("Enabled").build())
                            .build())
                    .destination(S3BucketReplicationConfigurationRuleDestination.builder()
                            .bucket(destination.bucket().bucket().getArn())
                            .storageClass("STANDARD")
                            .encryptionConfiguration(
                                    S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration.builder()
                                            .replicaKmsKeyId(destination.kmsKeyArn()).build())
                            .build())
                    .build());
        }
        List<ITerraformDependable> after = new ArrayList<>(List.of(props.source().versioning()));
        props.destinations().forEach(d -> after.add(d.bucket().versioning()));
        configuration = S3BucketReplicationConfigurationA.Builder.create(this, "replication")
                .bucket(props.source().bucket().getId())
                .role(role.getArn())
                .rule(rules)
                .provider(props.provider())
                .dependsOn(after)
                .build();
    }

    public S3BucketReplicationConfigurationA configuration() {
        return configuration;
    }
}
