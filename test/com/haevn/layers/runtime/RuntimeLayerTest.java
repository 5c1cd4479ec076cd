package com.haevn.layers.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The runtime stacks of the platform: the seed's EKS row with each environment's values. */
class RuntimeLayerTest {

    /** The runtime stacks of dev, staging and both prod regions, with the cluster each must create. */
    private static final Map<String, String> CLUSTERS = Map.of(
            "dev-use1-runtime", "haevn-dev-use1",
            "staging-use1-runtime", "haevn-staging-use1",
            "staging-usw2-runtime", "haevn-staging-usw2",
            "prod-use1-runtime", "haevn-prod-use1",
            "prod-usw2-runtime", "haevn-prod-usw2");

    private static JsonNode only(String stack, String type) {
        JsonNode resources = SynthesizedPlatform.resources(stack, type);
        assertThat(resources).as(stack + " " + type).hasSize(1);
        return resources.elements().next();
    }

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void should_run_a_private_encrypted_fully_logged_cluster_in_every_environment_and_region() {
        CLUSTERS.forEach((stack, name) -> {
            JsonNode cluster = only(stack, "aws_eks_cluster");
            assertThat(cluster.path("name").asText()).as(stack).isEqualTo(name);
            assertThat(cluster.path("version").asText()).as(stack).isEqualTo("1.35");
            assertThat(cluster.path("vpc_config").path("endpoint_private_access").asBoolean()).isTrue();
            assertThat(cluster.path("vpc_config").path("endpoint_public_access").asBoolean()).as(stack).isFalse();
            assertThat(cluster.path("vpc_config").path("subnet_ids").asText()).as(stack)
                    .isEqualTo("${data.terraform_remote_state.remote-state-" + stack.replace("-runtime", "-network")
                            + ".outputs.private_subnet_ids}");
            assertThat(texts(cluster.path("enabled_cluster_log_types"))).as(stack)
                    .containsExactly("api", "audit", "authenticator", "controllerManager", "scheduler");
            assertThat(texts(cluster.path("encryption_config").path("resources"))).containsExactly("secrets");
            assertThat(only(stack, "aws_cloudwatch_log_group").path("name").asText())
                    .isEqualTo("/aws/eks/" + name + "/cluster");
            assertThat(cluster.path("access_config").path("bootstrap_cluster_creator_admin_permissions").asBoolean())
                    .isTrue();
        });
    }

    @Test
    void should_size_the_nodes_per_environment_and_keep_staging_and_prod_in_every_az() {
        assertNodes("dev-use1-runtime", "t3.large", 1, 2, 4, 50);
        assertNodes("staging-use1-runtime", "m6i.large", 3, 3, 9, 50);
        assertNodes("staging-usw2-runtime", "m6i.large", 3, 3, 9, 50);
        assertNodes("prod-use1-runtime", "m6i.xlarge", 6, 6, 30, 100);
        assertNodes("prod-usw2-runtime", "m6i.xlarge", 6, 6, 30, 100);
    }

    private static void assertNodes(String stack, String instanceType, int min, int desired, int max, int disk) {
        JsonNode group = only(stack, "aws_eks_node_group");
        assertThat(texts(group.path("instance_types"))).as(stack).containsExactly(instanceType);
        JsonNode scaling = group.path("scaling_config");
        assertThat(List.of(scaling.path("min_size").asInt(), scaling.path("desired_size").asInt(),
                scaling.path("max_size").asInt())).as(stack).containsExactly(min, desired, max);
        assertThat(group.has("remote_access")).isFalse();
        JsonNode template = only(stack, "aws_launch_template");
        assertThat(template.path("metadata_options").path("http_tokens").asText()).isEqualTo("required");
        assertThat(template.path("metadata_options").path("http_put_response_hop_limit").asInt()).isEqualTo(1);
        JsonNode ebs = template.path("block_device_mappings").get(0).path("ebs");
        assertThat(ebs.path("encrypted").asText()).isEqualTo("true");
        assertThat(ebs.path("volume_size").asInt()).as(stack).isEqualTo(disk);
        assertThat(template.path("tag_specifications").get(0).path("tags").path("Layer").asText())
                .isEqualTo("runtime");
    }

    @Test
    void should_pin_the_addons_of_the_environment_files() {
        for (String stack : CLUSTERS.keySet()) {
            assertThat(all(stack, "aws_eks_addon")).as(stack)
                    .extracting(a -> a.path("addon_name").asText() + "=" + a.path("addon_version").asText())
                    .containsExactlyInAnyOrder("vpc-cni=v1.21.1-eksbuild.3", "coredns=v1.13.2-eksbuild.1",
                            "kube-proxy=v1.35.0-eksbuild.2", "aws-ebs-csi-driver=v1.57.1-eksbuild.1");
        }
    }

    @Test
    void should_give_each_environments_roles_their_access_entries() {
        assertThat(all("prod-usw2-runtime", "aws_eks_access_entry")).extracting(e -> e.path("principal_arn").asText())
                .containsExactlyInAnyOrder("arn:aws:iam::430987654321:role/haevn-platform-admins",
                        "arn:aws:iam::430987654321:role/haevn-sre-readonly");
        assertThat(all("prod-usw2-runtime", "aws_eks_access_policy_association"))
                .extracting(e -> e.path("policy_arn").asText())
                .containsExactlyInAnyOrder("arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                        "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy");
        assertThat(all("dev-use1-runtime", "aws_eks_access_policy_association"))
                .extracting(e -> e.path("policy_arn").asText())
                .contains("arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy");
    }

    @Test
    void should_alarm_to_the_alerts_topic_of_its_own_region() {
        for (String stack : CLUSTERS.keySet()) {
            JsonNode alarm = only(stack, "aws_cloudwatch_metric_alarm");
            assertThat(texts(alarm.path("alarm_actions"))).as(stack).containsExactly("${data.terraform_remote_state"
                    + ".remote-state-" + stack.replace("-runtime", "-alerts") + ".outputs.topic_arn}");
        }
    }

    @Test
    void should_export_what_the_front_door_and_later_layers_read() {
        JsonNode outputs = SynthesizedPlatform.stack("prod-use1-runtime").path("output");

        assertThat(outputs.fieldNames()).toIterable().contains("cluster_name", "cluster_endpoint",
                "cluster_security_group_id", "node_security_group_id", "oidc_provider_arn", "oidc_issuer",
                "cluster_certificate_authority", "load_balancer_controller_role_arn", "external_secrets_role_arn",
                "collector_role_arn");
        assertThat(outputs.path("node_security_group_id").path("value").asText())
                .startsWith("${aws_security_group.runtime_network_nodes_");
        assertThat(outputs.path("cluster_security_group_id").path("value").asText())
                .startsWith("${aws_security_group.runtime_network_cluster_");
        assertThat(outputs.path("oidc_issuer").path("value").asText()).startsWith("${replace(")
                .contains("\"https://\", \"\")}");
    }

    @Test
    void should_tell_the_validator_why_the_escape_hatches_are_not_in_the_bindings_schema() {
        JsonNode cluster = only("prod-use1-runtime", "aws_eks_cluster");
        assertThat(cluster.path("//").path("suppressions")).extracting(s -> s.path("rule").asText())
                .containsExactly("HVN-TF-103");
        for (String type : List.of("aws_eks_access_entry", "aws_eks_access_policy_association")) {
            assertThat(all("prod-use1-runtime", type)).isNotEmpty().allSatisfy(resource -> {
                JsonNode suppression = resource.path("//").path("suppressions").get(0);
                assertThat(suppression.path("rule").asText()).isEqualTo("HVN-TF-101");
                assertThat(suppression.path("reason").asText()).contains("5.100.0");
            });
        }
    }
}
