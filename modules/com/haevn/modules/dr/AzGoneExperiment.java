package com.haevn.modules.dr;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplate;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateAction;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateActionParameter;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateActionTarget;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateLogConfiguration;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateLogConfigurationCloudwatchLogsConfiguration;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateStopCondition;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateTarget;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateTargetFilter;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplateTargetResourceTag;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed's "AZ-Gone" game day as an AWS FIS experiment template that takes one availability zone away, all
 * actions at once for the configured duration: the AZ's subnets of the VPC lose all connectivity
 * ({@code aws:network:disrupt-connectivity}, scope {@code all}), the Aurora clusters whose writer is in the AZ fail
 * over ({@code aws:rds:failover-db-cluster}), the cluster's running nodes in the AZ stop and start again afterwards
 * ({@code aws:ec2:stop-instances}), and the ElastiCache replication groups lose power in the AZ
 * ({@code aws:elasticache:replicationgroup-interrupt-az-power}). Any stop alarm firing ends it. It logs to its own
 * encrypted log group, and runs as a role allowed exactly those actions, on resources of this region and account
 * carrying the targets' tags where AWS offers the condition.
 */
public class AzGoneExperiment extends Construct {

    public static final String DISRUPT_SUBNETS = "aws:network:disrupt-connectivity";
    public static final String FAIL_OVER_WRITER = "aws:rds:failover-db-cluster";
    public static final String STOP_NODES = "aws:ec2:stop-instances";
    public static final String INTERRUPT_CACHE = "aws:elasticache:replicationgroup-interrupt-az-power";
    /** The tag FIS puts on the network ACL it creates, and the only ACLs its role may change or delete. */
    static final String FIS_ACL_TAG = "managedByFIS";

    private final FisExperimentTemplate template;
    private final IamRole role;
    private final CloudwatchLogGroup logGroup;

    public AzGoneExperiment(Construct scope, String id, AzGoneExperimentProps props) {
        super(scope, id);
        String account = props.accountId();
        String region = props.region();
        String logGroupName = "/aws/fis/" + props.name();
        KmsKey key = KmsKey.Builder.create(this, "log-key")
                .description("Log of the FIS experiment " + props.name())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "AccountAdministers",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::" + account + ":root"),
                                "Action", "kms:*",
                                "Resource", "*"),
                        Map.of("Sid", "LogsEncryptThisLogGroup",
                                "Effect", "Allow",
                                "Principal", Map.of("Service", "logs." + region + ".amazonaws.com"),
                                "Action", List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*",
                                        "kms:GenerateDataKey*", "kms:Describe*"),
                                "Resource", "*",
                                "Condition", Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn",
                                        "arn:aws:logs:" + region + ":" + account + ":log-group:" + logGroupName))))))
                .build();
        logGroup = CloudwatchLogGroup.Builder.create(this, "log")
                .name(logGroupName)
                .retentionInDays(props.logRetentionDays())
                .kmsKeyId(key.getArn())
                .build();

        role = IamRole.Builder.create(this, "role")
                .name(props.name())
                .description("Runs the FIS experiment " + props.name() + " and nothing else")
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "fis.amazonaws.com"),
                        "Action", "sts:AssumeRole",
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", account))))))
                .build();
        IamRolePolicy.Builder.create(this, "policy")
                .name("az-gone")
                .role(role.getId())
                .policy(PolicyJson.document(statements(props)))
                .build();

        template = FisExperimentTemplate.Builder.create(this, "template")
                .description("AZ-Gone game day: " + props.availabilityZone() + " away for " + props.duration())
                .roleArn(role.getArn())
                .tags(Map.of("Name", props.name()))
                .stopCondition(props.stopAlarmArns().stream().map(arn -> FisExperimentTemplateStopCondition.builder()
                        .source("aws:cloudwatch:alarm").value(arn).build()).toList())
                .logConfiguration(FisExperimentTemplateLogConfiguration.builder()
                        .logSchemaVersion(2)
                        .cloudwatchLogsConfiguration(FisExperimentTemplateLogConfigurationCloudwatchLogsConfiguration
                                .builder().logGroupArn(logGroup.getArn() + ":*").build())
                        .build())
                .target(List.of(
                        target("subnets", "aws:ec2:subnet", props.subnetTags(), Map.of(
                                "AvailabilityZone", props.availabilityZone(), "VpcId", props.vpcId()), Map.of()),
                        target("database-clusters", "aws:rds:cluster", props.databaseTags(), Map.of(),
                                Map.of("writerAvailabilityZoneIdentifiers", props.availabilityZone())),
                        target("nodes", "aws:ec2:instance", Map.of("eks:cluster-name", props.clusterName()), Map.of(
                                "Placement.AvailabilityZone", props.availabilityZone(), "State.Name", "running"),
                                Map.of()),
                        target("cache-groups", "aws:elasticache:replicationgroup", props.cacheTags(), Map.of(),
                                Map.of("availabilityZoneIdentifier", props.availabilityZone()))))
                .action(List.of(
                        action("disrupt-subnets", DISRUPT_SUBNETS, "Subnets", "subnets",
                                Map.of("duration", props.duration(), "scope", "all")),
                        action("fail-over-writer", FAIL_OVER_WRITER, "Clusters", "database-clusters", Map.of()),
                        action("stop-nodes", STOP_NODES, "Instances", "nodes",
                                Map.of("startInstancesAfterDuration", props.duration())),
                        action("interrupt-cache", INTERRUPT_CACHE, "ReplicationGroups", "cache-groups",
                                Map.of("duration", props.duration()))))
                .build();
    }

    private static FisExperimentTemplateTarget target(String name, String type, Map<String, String> tags,
                                                      Map<String, String> filters, Map<String, String> parameters) {
        FisExperimentTemplateTarget.Builder target = FisExperimentTemplateTarget.builder()
                .name(name)
                .resourceType(type)
                .selectionMode("ALL")
                .resourceTag(tags.entrySet().stream().map(t -> FisExperimentTemplateTargetResourceTag.builder()
                        .key(t.getKey()).value(t.getValue()).build()).toList());
        if (!filters.isEmpty()) {
            target.filter(new java.util.TreeMap<>(filters).entrySet().stream()
                    .map(f -> FisExperimentTemplateTargetFilter.builder().path(f.getKey()).values(List.of(f.getValue()))
                            .build()).toList());
        }
        if (!parameters.isEmpty()) {
            target.parameters(parameters);
        }
        return target.build();
    }

    private static FisExperimentTemplateAction action(String name, String actionId, String targetKey, String target,
                                                      Map<String, String> parameters) {
        FisExperimentTemplateAction.Builder action = FisExperimentTemplateAction.builder()
                .name(name)
                .actionId(actionId)
                .target(FisExperimentTemplateActionTarget.builder().key(targetKey).value(target).build());
        if (!parameters.isEmpty()) {
            action.parameter(new java.util.TreeMap<>(parameters).entrySet().stream()
                    .map(p -> FisExperimentTemplateActionParameter.builder().key(p.getKey()).value(p.getValue())
                            .build()).toList());
        }
        return action.build();
    }

    /** Exactly what the four actions and the log delivery need (the AWS FIS user guide's per-action lists). */
    private static List<Map<String, Object>> statements(AzGoneExperimentProps props) {
        String ec2 = "arn:aws:ec2:" + props.region() + ":" + props.accountId() + ":";
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(statement("CreateFisNetworkAcl", List.of("ec2:CreateNetworkAcl"),
                List.of(ec2 + "network-acl/*", ec2 + "vpc/" + props.vpcId()),
                Map.of("StringEquals", Map.of("aws:RequestTag/" + FIS_ACL_TAG, "true"))));
        statements.add(statement("TagFisNetworkAcl", List.of("ec2:CreateTags"), List.of(ec2 + "network-acl/*"),
                Map.of("StringEquals", Map.of("ec2:CreateAction", "CreateNetworkAcl"))));
        statements.add(statement("ChangeOnlyFisNetworkAcls", List.of("ec2:CreateNetworkAclEntry",
                "ec2:DeleteNetworkAcl"), List.of(ec2 + "network-acl/*"),
                Map.of("StringEquals", Map.of("ec2:ResourceTag/" + FIS_ACL_TAG, "true"))));
        statements.add(statement("SwapSubnetAcls", List.of("ec2:ReplaceNetworkAclAssociation"),
                List.of(ec2 + "subnet/*", ec2 + "network-acl/*"),
                Map.of("StringEquals", Map.of("ec2:Vpc", ec2 + "vpc/" + props.vpcId()))));
        statements.add(statement("StopAndStartClusterNodes", List.of("ec2:StopInstances", "ec2:StartInstances"),
                List.of(ec2 + "instance/*"),
                Map.of("StringEquals", Map.of("aws:ResourceTag/eks:cluster-name", props.clusterName()))));
        statements.add(statement("StartNodesWithEncryptedVolumes", List.of("kms:CreateGrant"), List.of("*"),
                Map.of("Bool", Map.of("kms:GrantIsForAWSResource", "true"),
                        "StringEquals", Map.of("kms:ViaService", "ec2." + props.region() + ".amazonaws.com"))));
        statements.add(statement("FailOverTaggedDatabases", List.of("rds:FailoverDBCluster"),
                List.of("arn:aws:rds:" + props.region() + ":" + props.accountId() + ":cluster:*"),
                tagCondition(props.databaseTags())));
        statements.add(statement("InterruptTaggedCaches", List.of("elasticache:InterruptClusterAzPower"),
                List.of("arn:aws:elasticache:" + props.region() + ":" + props.accountId() + ":replicationgroup:*"),
                tagCondition(props.cacheTags())));
        statements.add(statement("ResolveTargets", List.of("ec2:DescribeInstances", "ec2:DescribeSubnets",
                "ec2:DescribeVpcs", "ec2:DescribeNetworkAcls", "ec2:DescribeManagedPrefixLists",
                "ec2:GetManagedPrefixListEntries", "rds:DescribeDBClusters", "elasticache:DescribeReplicationGroups",
                "tag:GetResources"), List.of("*"), Map.of()));
        statements.add(statement("DeliverExperimentLog", List.of("logs:CreateLogDelivery", "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"), List.of("*"), Map.of()));
        return statements;
    }

    private static Map<String, Object> tagCondition(Map<String, String> tags) {
        Map<String, String> keys = new LinkedHashMap<>();
        tags.forEach((key, value) -> keys.put("aws:ResourceTag/" + key, value));
        return Map.of("StringEquals", keys);
    }

    private static Map<String, Object> statement(String sid, List<String> actions, List<String> resources,
                                                 Map<String, Object> condition) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Sid", sid);
        statement.put("Effect", "Allow");
        statement.put("Action", actions);
        statement.put("Resource", resources);
        if (!condition.isEmpty()) {
            statement.put("Condition", condition);
        }
        return statement;
    }

    public FisExperimentTemplate template() {
        return template;
    }

    public IamRole role() {
        return role;
    }

    public CloudwatchLogGroup logGroup() {
        return logGroup;
    }
}
