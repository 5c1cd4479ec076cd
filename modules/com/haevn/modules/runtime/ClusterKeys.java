package com.haevn.modules.runtime;

import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The three KMS keys of a cluster, one per kind of data, so that each key policy admits only the service that needs
 * it: Kubernetes secrets (the control plane uses it through its role), control-plane logs (CloudWatch Logs of the
 * region, for the cluster's log group only) and volumes (EC2 on behalf of this account's principals).
 */
public class ClusterKeys extends Construct {

    private final EncryptionKey secrets;
    private final EncryptionKey logs;
    private final EncryptionKey volumes;

    public ClusterKeys(Construct scope, String id, String clusterName, String region, String accountId,
                       String logGroupName) {
        super(scope, id);
        secrets = new EncryptionKey(this, "secrets", clusterName + "-eks-secrets", accountId,
                "Kubernetes secrets of EKS cluster " + clusterName, List.of());
        logs = new EncryptionKey(this, "logs", clusterName + "-eks-logs", accountId,
                "Control-plane logs of EKS cluster " + clusterName, List.of(Map.of(
                        "Sid", "CloudWatchLogsEncryptsThisClustersLogGroup",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "logs." + region + ".amazonaws.com"),
                        "Action", List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                "kms:Describe*"),
                        "Resource", "*",
                        "Condition", Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn",
                                "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroupName)))));
        // The Auto Scaling service-linked role launches the nodes, so it must use this key through EC2. Naming that
        // role in the policy would fail in an account where it does not exist yet; like the AWS managed aws/ebs key,
        // the statement admits every principal of this account, and only through EC2 of this region.
        volumes = new EncryptionKey(this, "volumes", clusterName + "-eks-volumes", accountId,
                "Node and persistent volumes of EKS cluster " + clusterName, List.of(Map.of(
                        "Sid", "AccountPrincipalsThroughEc2",
                        "Effect", "Allow",
                        "Principal", Map.of("AWS", "*"),
                        "Action", List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                "kms:CreateGrant", "kms:DescribeKey"),
                        "Resource", "*",
                        "Condition", Map.of("StringEquals", Map.of(
                                "kms:CallerAccount", accountId,
                                "kms:ViaService", "ec2." + region + ".amazonaws.com")))));
    }

    /** Envelope encryption of Kubernetes secrets. */
    public EncryptionKey secrets() {
        return secrets;
    }

    /** The control-plane log group. */
    public EncryptionKey logs() {
        return logs;
    }

    /** Node root volumes and the EBS CSI driver's volumes. */
    public EncryptionKey volumes() {
        return volumes;
    }
}
