package com.haevn.modules.runtime;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.Token;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroup;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupLaunchTemplate;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupScalingConfig;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupUpdateConfig;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappings;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateBlockDeviceMappingsEbs;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMetadataOptions;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateMonitoring;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplateTagSpecifications;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * One EKS managed node group over the cluster's subnets, launched from its own template: IMDSv2 required with a
 * hop limit of 1 (pods cannot reach the node's credentials; they use IRSA), an encrypted gp3 root volume, detailed
 * monitoring, the nodes' security group, no SSH key and no remote access. An alarm tells the alerts topic when an
 * instance of the group fails its status checks.
 */
public class ManagedNodeGroup extends Construct {

    /** The root device of the EKS optimized Amazon Linux 2023 AMIs. */
    public static final String ROOT_DEVICE = "/dev/xvda";
    /** Nodes replaced at once during an update: a third, terraform-aws-modules' default. */
    public static final int MAX_UNAVAILABLE_PERCENTAGE = 33;

    private final LaunchTemplate launchTemplate;
    private final EksNodeGroup nodeGroup;

    /** What every node group of one cluster shares. */
    record Cluster(String clusterName, String clusterVersion, String nodeRoleArn, List<String> subnetIds,
                   String nodeSecurityGroupId, String volumeKeyArn, String alarmTopicArn,
                   Map<String, String> instanceTags, List<ITerraformDependable> dependsOn) {
    }

    ManagedNodeGroup(Construct scope, String id, String namePrefix, Cluster cluster, NodeGroupSpec spec) {
        super(scope, id);
        String name = namePrefix + "-" + spec.name();
        LaunchTemplate.Builder template = LaunchTemplate.Builder.create(this, "launch-template")
                .name(name)
                .description("Nodes of " + name)
                .updateDefaultVersion(true)
                .vpcSecurityGroupIds(List.of(cluster.nodeSecurityGroupId()))
                .metadataOptions(LaunchTemplateMetadataOptions.builder()
                        .httpEndpoint("enabled")
                        .httpTokens("required")
                        .httpPutResponseHopLimit(1)
                        .instanceMetadataTags("disabled")
                        .build())
                .blockDeviceMappings(List.of(LaunchTemplateBlockDeviceMappings.builder()
                        .deviceName(ROOT_DEVICE)
                        .ebs(LaunchTemplateBlockDeviceMappingsEbs.builder()
                                .volumeSize(spec.diskSizeGib())
                                .volumeType("gp3")
                                .encrypted("true")
                                .kmsKeyId(cluster.volumeKeyArn())
                                .deleteOnTermination("true")
                                .build())
                        .build()))
                .monitoring(LaunchTemplateMonitoring.builder().enabled(true).build());
        if (!cluster.instanceTags().isEmpty()) {
            template.tagSpecifications(List.of("instance", "volume", "network-interface").stream()
                    .map(type -> LaunchTemplateTagSpecifications.builder()
                            .resourceType(type)
                            .tags(cluster.instanceTags())
                            .build())
                    .toList());
        }
        launchTemplate = template.build();

        nodeGroup = EksNodeGroup.Builder.create(this, "node-group")
                .clusterName(cluster.clusterName())
                .nodeGroupName(name)
                .version(cluster.clusterVersion())
                .nodeRoleArn(cluster.nodeRoleArn())
                .subnetIds(cluster.subnetIds())
                .amiType(spec.amiType())
                .capacityType("ON_DEMAND")
                .instanceTypes(spec.instanceTypes())
                .scalingConfig(EksNodeGroupScalingConfig.builder()
                        .minSize(spec.minSize())
                        .desiredSize(spec.desiredSize())
                        .maxSize(spec.maxSize())
                        .build())
                .updateConfig(EksNodeGroupUpdateConfig.builder()
                        .maxUnavailablePercentage(MAX_UNAVAILABLE_PERCENTAGE)
                        .build())
                .launchTemplate(EksNodeGroupLaunchTemplate.builder()
                        .id(launchTemplate.getId())
                        .version(Token.asString(launchTemplate.getLatestVersion()))
                        .build())
                .lifecycle(TerraformResourceLifecycle.builder()
                        .ignoreChanges(List.of("scaling_config[0].desired_size"))
                        .build())
                .dependsOn(cluster.dependsOn())
                .build();

        CloudwatchMetricAlarm.Builder.create(this, "status-check-alarm")
                .alarmName(name + "-status-check-failed")
                .alarmDescription("An instance of node group " + name + " fails its EC2 status checks: the node is "
                        + "unhealthy and its pods are at risk")
                .namespace("AWS/EC2")
                .metricName("StatusCheckFailed")
                .dimensions(Map.of("AutoScalingGroupName",
                        nodeGroup.getResources().get(0).getAutoscalingGroups().get(0).getName()))
                .statistic("Maximum")
                .period(300)
                .evaluationPeriods(2)
                .threshold(0)
                .comparisonOperator("GreaterThanThreshold")
                .treatMissingData("notBreaching")
                .alarmActions(List.of(cluster.alarmTopicArn()))
                .okActions(List.of(cluster.alarmTopicArn()))
                .build();
    }

    public LaunchTemplate launchTemplate() {
        return launchTemplate;
    }

    public EksNodeGroup nodeGroup() {
        return nodeGroup;
    }
}
