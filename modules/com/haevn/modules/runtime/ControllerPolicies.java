package com.haevn.modules.runtime;

import java.util.List;
import java.util.Map;

import static com.haevn.modules.runtime.LoadBalancerControllerPolicy.statement;

/** The inline permissions of the cluster's controllers besides the load balancer controller. */
final class ControllerPolicies {

    private ControllerPolicies() {
    }

    /**
     * External Secrets reads the secrets under one name prefix, and decrypts them only through Secrets Manager.
     */
    static List<Map<String, Object>> externalSecrets(String region, String accountId, String prefix) {
        return List.of(
                statement("ReadSecretsUnderPrefix", List.of("secretsmanager:GetSecretValue",
                        "secretsmanager:DescribeSecret", "secretsmanager:ListSecretVersionIds",
                        "secretsmanager:GetResourcePolicy"),
                        List.of("arn:aws:secretsmanager:" + region + ":" + accountId + ":secret:" + prefix + "*"),
                        Map.of()),
                statement("DecryptThroughSecretsManager", List.of("kms:Decrypt"),
                        List.of("arn:aws:kms:" + region + ":" + accountId + ":key/*"),
                        Map.of("StringEquals", Map.of("kms:ViaService", "secretsmanager." + region + ".amazonaws.com"))));
    }

    /**
     * The observability collector reads CloudWatch metrics of the region's AWS services and the tags that name
     * resources; none of these calls takes a resource-level permission.
     */
    static List<Map<String, Object>> collector() {
        return List.of(statement("ReadMetricsAndResourceTags", List.of("cloudwatch:GetMetricData",
                "cloudwatch:ListMetrics", "tag:GetResources", "ec2:DescribeInstances", "ec2:DescribeTags"),
                List.of("*"), Map.of()));
    }

    /**
     * The EBS CSI driver encrypts the volumes it creates with the cluster's volume key: it uses the key and lets
     * EC2 hold grants on it for the attached volumes.
     */
    static List<Map<String, Object>> ebsCsiVolumeKey(String volumeKeyArn) {
        return List.of(
                statement("UseVolumeKey", List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*",
                        "kms:GenerateDataKey*", "kms:DescribeKey"), List.of(volumeKeyArn), Map.of()),
                statement("GrantVolumeKeyToEc2", List.of("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
                        List.of(volumeKeyArn), Map.of("Bool", Map.of("kms:GrantIsForAWSResource", "true"))));
    }
}
