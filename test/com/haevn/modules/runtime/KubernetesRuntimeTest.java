package com.haevn.modules.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.eks_addon.EksAddon;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroup;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.launch_template.LaunchTemplate;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The runtime construct synthesized from its own props, outside any environment. */
class KubernetesRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AddonVersions VERSIONS = new AddonVersions("v1.21.1-eksbuild.3", "v1.13.2-eksbuild.1",
            "v1.35.0-eksbuild.2", "v1.57.1-eksbuild.1");

    static RuntimeProps.Builder props() {
        return RuntimeProps.builder()
                .clusterName("team-a-euc1")
                .region("eu-central-1")
                .accountId("123456789012")
                .kubernetesVersion("1.35")
                .vpcId("vpc-0123456789abcdef0")
                .subnetIds(List.of("subnet-a", "subnet-b", "subnet-c"))
                .nodeGroups(List.of(new NodeGroupSpec("general", List.of("m6i.large"), 3, 4, 9, 60)))
                .addonVersions(VERSIONS)
                .alarmTopicArn("arn:aws:sns:eu-central-1:123456789012:alerts")
                .externalSecretsPrefix("team-a/");
    }

    static JsonNode synthesized(RuntimeProps props) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "runtime-test");
        AwsProvider.Builder.create(stack, "aws").region(props.region()).build();
        new KubernetesRuntime(stack, "runtime", props);
        return JSON.readTree(Testing.synth(stack));
    }

    static JsonNode synth(RuntimeProps props) throws Exception {
        return synthesized(props).path("resource");
    }

    static JsonNode only(JsonNode resources, String type) {
        assertThat(resources.path(type)).as(type).hasSize(1);
        return resources.path(type).elements().next();
    }

    static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(found::add);
        return found;
    }

    static JsonNode policy(JsonNode resource, String field) throws Exception {
        return JSON.readTree(resource.path(field).asText());
    }

    private static JsonNode roleNamed(JsonNode resources, String name) {
        return all(resources, IamRole.TF_RESOURCE_TYPE).stream().filter(r -> r.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no role " + name));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void should_keep_the_api_private_encrypt_secrets_and_log_all_five_types() throws Exception {
        JsonNode resources = synth(props().build());
        JsonNode cluster = only(resources, EksCluster.TF_RESOURCE_TYPE);

        assertThat(cluster.path("name").asText()).isEqualTo("team-a-euc1");
        assertThat(cluster.path("version").asText()).isEqualTo("1.35");
        assertThat(cluster.path("vpc_config").path("endpoint_private_access").asBoolean()).isTrue();
        assertThat(cluster.path("vpc_config").path("endpoint_public_access").asBoolean()).isFalse();
        assertThat(cluster.path("vpc_config").has("public_access_cidrs")).isFalse();
        assertThat(texts(cluster.path("vpc_config").path("subnet_ids")))
                .containsExactly("subnet-a", "subnet-b", "subnet-c");
        assertThat(texts(cluster.path("enabled_cluster_log_types")))
                .containsExactly("api", "audit", "authenticator", "controllerManager", "scheduler");
        assertThat(texts(cluster.path("encryption_config").path("resources"))).containsExactly("secrets");
        assertThat(cluster.path("encryption_config").path("provider").path("key_arn").asText())
                .startsWith("${aws_kms_key.runtime_keys_secrets_key_");
        assertThat(all(resources, KmsKey.TF_RESOURCE_TYPE)).hasSize(3)
                .allSatisfy(key -> assertThat(key.path("enable_key_rotation").asBoolean()).isTrue());
    }

    @Test
    void should_open_the_public_endpoint_only_to_the_given_cidrs() throws Exception {
        JsonNode resources = synth(props().publicAccessCidrs(List.of("198.51.100.0/24", "203.0.113.7/32")).build());
        JsonNode vpc = only(resources, EksCluster.TF_RESOURCE_TYPE).path("vpc_config");

        assertThat(vpc.path("endpoint_public_access").asBoolean()).isTrue();
        assertThat(vpc.path("endpoint_private_access").asBoolean()).isTrue();
        assertThat(texts(vpc.path("public_access_cidrs"))).containsExactly("198.51.100.0/24", "203.0.113.7/32");
    }

    @Test
    void should_refuse_a_public_endpoint_open_to_the_internet() {
        assertThatThrownBy(() -> props().publicAccessCidrs(List.of("0.0.0.0/0")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never open to the internet");
    }

    @Test
    void should_create_the_log_group_with_retention_and_a_key_only_cloudwatch_logs_of_the_region_may_use_for_it()
            throws Exception {
        JsonNode resources = synth(props().logRetentionDays(365).build());
        JsonNode logGroup = only(resources, CloudwatchLogGroup.TF_RESOURCE_TYPE);

        assertThat(logGroup.path("name").asText()).isEqualTo("/aws/eks/team-a-euc1/cluster");
        assertThat(logGroup.path("retention_in_days").asInt()).isEqualTo(365);
        assertThat(logGroup.path("kms_key_id").asText()).startsWith("${aws_kms_key.runtime_keys_logs_key_");
        JsonNode logsKey = all(resources, KmsKey.TF_RESOURCE_TYPE).stream()
                .filter(k -> k.path("description").asText().startsWith("Control-plane logs")).findFirst().orElseThrow();
        JsonNode statement = policy(logsKey, "policy").path("Statement").get(1);
        assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("logs.eu-central-1.amazonaws.com");
        assertThat(texts(statement.path("Action"))).contains("kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*");
        assertThat(statement.path("Condition").path("ArnEquals").path("kms:EncryptionContext:aws:logs:arn").asText())
                .isEqualTo("arn:aws:logs:eu-central-1:123456789012:log-group:/aws/eks/team-a-euc1/cluster");
        JsonNode cluster = only(resources, EksCluster.TF_RESOURCE_TYPE);
        assertThat(texts(cluster.path("depends_on"))).anyMatch(d -> d.startsWith("aws_cloudwatch_log_group."));
    }

    @Test
    void should_launch_nodes_with_imdsv2_hop_limit_one_encrypted_volumes_and_no_remote_access() throws Exception {
        JsonNode resources = synth(props().instanceTags(Map.of("CostCenter", "CC-1")).build());
        JsonNode template = only(resources, LaunchTemplate.TF_RESOURCE_TYPE);

        JsonNode metadata = template.path("metadata_options");
        assertThat(metadata.path("http_tokens").asText()).isEqualTo("required");
        assertThat(metadata.path("http_put_response_hop_limit").asInt()).isEqualTo(1);
        assertThat(metadata.path("http_endpoint").asText()).isEqualTo("enabled");
        JsonNode ebs = template.path("block_device_mappings").get(0).path("ebs");
        assertThat(ebs.path("encrypted").asText()).isEqualTo("true");
        assertThat(ebs.path("kms_key_id").asText()).startsWith("${aws_kms_key.runtime_keys_volumes_key_");
        assertThat(ebs.path("volume_type").asText()).isEqualTo("gp3");
        assertThat(ebs.path("volume_size").asInt()).isEqualTo(60);
        assertThat(template.has("key_name")).isFalse();
        assertThat(texts(template.path("vpc_security_group_ids"))).singleElement().asString()
                .startsWith("${aws_security_group.runtime_network_nodes_").endsWith(".id}");
        assertThat(template.path("tag_specifications")).extracting(t -> t.path("resource_type").asText())
                .containsExactly("instance", "volume", "network-interface");
        assertThat(template.path("tag_specifications").get(0).path("tags").path("CostCenter").asText())
                .isEqualTo("CC-1");

        JsonNode group = only(resources, EksNodeGroup.TF_RESOURCE_TYPE);
        assertThat(group.has("remote_access")).isFalse();
        assertThat(group.has("disk_size")).isFalse();
        assertThat(group.path("node_group_name").asText()).isEqualTo("team-a-euc1-general");
        assertThat(group.path("ami_type").asText()).isEqualTo("AL2023_x86_64_STANDARD");
        assertThat(texts(group.path("instance_types"))).containsExactly("m6i.large");
        assertThat(group.path("scaling_config").path("min_size").asInt()).isEqualTo(3);
        assertThat(group.path("scaling_config").path("desired_size").asInt()).isEqualTo(4);
        assertThat(group.path("scaling_config").path("max_size").asInt()).isEqualTo(9);
        assertThat(texts(group.path("lifecycle").path("ignore_changes")))
                .containsExactly("scaling_config[0].desired_size");
        assertThat(texts(group.path("subnet_ids"))).containsExactly("subnet-a", "subnet-b", "subnet-c");
    }

    @Test
    void should_let_ec2_of_this_account_use_the_volume_key_so_auto_scaling_can_launch_encrypted_nodes()
            throws Exception {
        JsonNode resources = synth(props().build());
        JsonNode volumesKey = all(resources, KmsKey.TF_RESOURCE_TYPE).stream()
                .filter(k -> k.path("description").asText().startsWith("Node and persistent volumes"))
                .findFirst().orElseThrow();

        JsonNode statement = policy(volumesKey, "policy").path("Statement").get(1);
        assertThat(texts(statement.path("Action"))).contains("kms:CreateGrant", "kms:GenerateDataKey*");
        assertThat(statement.path("Condition").path("StringEquals").path("kms:ViaService").asText())
                .isEqualTo("ec2.eu-central-1.amazonaws.com");
        assertThat(statement.path("Condition").path("StringEquals").path("kms:CallerAccount").asText())
                .isEqualTo("123456789012");
    }

    @Test
    void should_trust_each_irsa_role_to_its_own_service_account_only() throws Exception {
        JsonNode resources = synth(props().build());
        JsonNode locals = synthesized(props().build()).path("locals");
        Map<String, ServiceAccount> roles = Map.of(
                "team-a-euc1-vpc-cni", KubernetesRuntime.VPC_CNI,
                "team-a-euc1-ebs-csi", KubernetesRuntime.EBS_CSI_DRIVER,
                "team-a-euc1-lb-controller", KubernetesRuntime.LOAD_BALANCER_CONTROLLER,
                "team-a-euc1-external-secrets", KubernetesRuntime.EXTERNAL_SECRETS,
                "team-a-euc1-collector", KubernetesRuntime.COLLECTOR);
        String provider = resources.path("aws_iam_openid_connect_provider").fieldNames().next();
        String issuer = "${local." + locals.fieldNames().next() + "}";
        assertThat(locals.elements().next().asText())
                .isEqualTo("${replace(aws_iam_openid_connect_provider." + provider + ".url, \"https://\", \"\")}");

        for (Map.Entry<String, ServiceAccount> role : roles.entrySet()) {
            JsonNode trust = policy(roleNamed(resources, role.getKey()), "assume_role_policy").path("Statement");
            assertThat(trust).as(role.getKey()).hasSize(1);
            JsonNode statement = trust.get(0);
            assertThat(statement.path("Action").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
            assertThat(statement.path("Principal").path("Federated").asText())
                    .isEqualTo("${aws_iam_openid_connect_provider." + provider + ".arn}");
            JsonNode conditions = statement.path("Condition").path("StringEquals");
            assertThat(conditions.path(issuer + ":sub").asText()).as(role.getKey())
                    .isEqualTo(role.getValue().subject());
            assertThat(conditions.path(issuer + ":aud").asText()).isEqualTo("sts.amazonaws.com");
            assertThat(conditions).hasSize(2);
        }
        assertThat(KubernetesRuntime.LOAD_BALANCER_CONTROLLER.subject())
                .isEqualTo("system:serviceaccount:kube-system:aws-load-balancer-controller");
    }

    @Test
    void should_give_no_irsa_role_every_action_on_every_resource() throws Exception {
        JsonNode resources = synth(props().build());

        for (JsonNode inline : all(resources, IamRolePolicy.TF_RESOURCE_TYPE)) {
            for (JsonNode statement : policy(inline, "policy").path("Statement")) {
                assertThat(texts(statement.path("Action"))).as(inline.path("name").asText())
                        .noneMatch(action -> action.equals("*") || action.endsWith(":*"));
            }
        }
    }

    @Test
    void should_scope_the_load_balancer_controller_to_its_region_account_and_cluster_tag() throws Exception {
        JsonNode resources = synth(props().build());
        JsonNode inline = all(resources, IamRolePolicy.TF_RESOURCE_TYPE).stream()
                .filter(p -> p.path("name").asText().equals("team-a-euc1-lb-controller")).findFirst().orElseThrow();
        List<JsonNode> statements = new ArrayList<>();
        policy(inline, "policy").path("Statement").forEach(statements::add);

        for (JsonNode statement : statements) {
            List<String> resourcesOf = texts(statement.path("Resource"));
            boolean describeOnly = texts(statement.path("Action")).stream().allMatch(a -> a.contains(":Describe")
                    || a.contains(":Get") || a.contains(":List") || a.startsWith("waf") || a.startsWith("shield:"));
            if (!describeOnly) {
                assertThat(resourcesOf).as(statement.path("Sid").asText()).allMatch(r ->
                        r.startsWith("arn:aws:elasticloadbalancing:eu-central-1:123456789012:")
                                || r.startsWith("arn:aws:ec2:eu-central-1:123456789012:")
                                || r.startsWith("arn:aws:iam::123456789012:role/aws-service-role/"));
            }
        }
        JsonNode modify = statements.stream().filter(s -> s.path("Sid").asText().equals("ModifyOwnLoadBalancers"))
                .findFirst().orElseThrow();
        assertThat(modify.path("Condition").path("StringEquals").path("aws:ResourceTag/elbv2.k8s.aws/cluster").asText())
                .isEqualTo("team-a-euc1");
        JsonNode create = statements.stream().filter(s -> s.path("Sid").asText().equals("CreateOwnLoadBalancers"))
                .findFirst().orElseThrow();
        assertThat(create.path("Condition").path("StringEquals").path("aws:RequestTag/elbv2.k8s.aws/cluster").asText())
                .isEqualTo("team-a-euc1");
        assertThat(texts(statements.stream().filter(s -> s.path("Sid").asText().equals("RegisterTargets"))
                .findFirst().orElseThrow().path("Action")))
                .containsExactly("elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets");
    }

    @Test
    void should_let_external_secrets_read_only_its_prefix() throws Exception {
        JsonNode resources = synth(props().build());
        JsonNode inline = all(resources, IamRolePolicy.TF_RESOURCE_TYPE).stream()
                .filter(p -> p.path("name").asText().equals("team-a-euc1-external-secrets")).findFirst().orElseThrow();
        JsonNode statements = policy(inline, "policy").path("Statement");

        assertThat(texts(statements.get(0).path("Resource")))
                .containsExactly("arn:aws:secretsmanager:eu-central-1:123456789012:secret:team-a/*");
        assertThat(statements.get(1).path("Condition").path("StringEquals").path("kms:ViaService").asText())
                .isEqualTo("secretsmanager.eu-central-1.amazonaws.com");
    }

    @Test
    void should_pin_the_core_addons_and_give_the_cni_and_ebs_driver_their_roles() throws Exception {
        JsonNode resources = synth(props().build());
        Map<String, JsonNode> addons = new java.util.TreeMap<>();
        all(resources, EksAddon.TF_RESOURCE_TYPE).forEach(a -> addons.put(a.path("addon_name").asText(), a));

        assertThat(addons).containsOnlyKeys("vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver");
        assertThat(addons.get("vpc-cni").path("addon_version").asText()).isEqualTo("v1.21.1-eksbuild.3");
        assertThat(addons.get("coredns").path("addon_version").asText()).isEqualTo("v1.13.2-eksbuild.1");
        assertThat(addons.get("kube-proxy").path("addon_version").asText()).isEqualTo("v1.35.0-eksbuild.2");
        assertThat(addons.get("aws-ebs-csi-driver").path("addon_version").asText()).isEqualTo("v1.57.1-eksbuild.1");
        assertThat(addons.get("aws-ebs-csi-driver").path("service_account_role_arn").asText())
                .startsWith("${aws_iam_role.runtime_irsa-ebs-csi_role");
        assertThat(addons.get("vpc-cni").path("service_account_role_arn").asText())
                .startsWith("${aws_iam_role.runtime_irsa-vpc-cni_role");
        assertThat(texts(addons.get("coredns").path("depends_on"))).allMatch(d -> d.startsWith("aws_eks_node_group."));
        assertThat(texts(only(resources, EksNodeGroup.TF_RESOURCE_TYPE).path("depends_on")))
                .anyMatch(d -> d.startsWith("aws_eks_addon.runtime_addon-vpc-cni"));
    }

    @Test
    void should_give_the_configured_roles_access_entries_and_keep_the_creator_admin() throws Exception {
        JsonNode resources = synth(props().accessRoles(List.of(
                new AccessRole("admins", "arn:aws:iam::123456789012:role/admins", EksAccessPolicy.CLUSTER_ADMIN),
                new AccessRole("readers", "arn:aws:iam::123456789012:role/readers", EksAccessPolicy.VIEW))).build());
        JsonNode cluster = only(resources, EksCluster.TF_RESOURCE_TYPE);

        assertThat(cluster.path("access_config").path("authentication_mode").asText()).isEqualTo("API");
        assertThat(cluster.path("access_config").path("bootstrap_cluster_creator_admin_permissions").asBoolean())
                .isTrue();
        assertThat(all(resources, "aws_eks_access_entry")).extracting(e -> e.path("principal_arn").asText())
                .containsExactly("arn:aws:iam::123456789012:role/admins", "arn:aws:iam::123456789012:role/readers");
        assertThat(all(resources, "aws_eks_access_entry"))
                .allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo("STANDARD"));
        List<JsonNode> associations = all(resources, "aws_eks_access_policy_association");
        assertThat(associations).extracting(a -> a.path("policy_arn").asText()).containsExactly(
                "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy");
        assertThat(associations).allSatisfy(a -> {
            assertThat(a.path("access_scope").path("type").asText()).isEqualTo("cluster");
            assertThat(a.path("principal_arn").asText()).startsWith("${aws_eks_access_entry.");
        });
    }

    @Test
    void should_alarm_on_failed_status_checks_of_each_node_group_to_the_alerts_topic() throws Exception {
        JsonNode resources = synth(props().nodeGroups(List.of(
                new NodeGroupSpec("general", List.of("m6i.large"), 3, 3, 9, 50),
                new NodeGroupSpec("arm", List.of("m7g.large", "c7g.large"), 0, 0, 6, 50))).build());
        List<JsonNode> alarms = all(resources, CloudwatchMetricAlarm.TF_RESOURCE_TYPE);

        assertThat(alarms).hasSize(2).allSatisfy(alarm -> {
            assertThat(alarm.path("metric_name").asText()).isEqualTo("StatusCheckFailed");
            assertThat(alarm.path("namespace").asText()).isEqualTo("AWS/EC2");
            assertThat(alarm.path("dimensions").path("AutoScalingGroupName").asText())
                    .contains(".resources[0].autoscaling_groups[0].name");
            assertThat(texts(alarm.path("alarm_actions"))).containsExactly("arn:aws:sns:eu-central-1:123456789012:alerts");
        });
        assertThat(all(resources, EksNodeGroup.TF_RESOURCE_TYPE)).extracting(g -> g.path("ami_type").asText())
                .containsExactlyInAnyOrder("AL2023_x86_64_STANDARD", "AL2023_ARM_64_STANDARD");
    }

    @Test
    void should_refuse_node_groups_that_cannot_run() {
        assertThatThrownBy(() -> new NodeGroupSpec("mixed", List.of("m7g.large", "m6i.large"), 1, 1, 2, 50))
                .hasMessageContaining("mixes arm64 and x86_64");
        assertThatThrownBy(() -> new NodeGroupSpec("upside-down", List.of("m6i.large"), 3, 2, 9, 50))
                .hasMessageContaining("min <= desired <= max");
        assertThatThrownBy(() -> new NodeGroupSpec("tiny", List.of("m6i.large"), 1, 1, 2, 8))
                .hasMessageContaining("disk size");
    }
}
