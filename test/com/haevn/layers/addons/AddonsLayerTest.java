package com.haevn.layers.addons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.terraform.plan.SynthesizedStack;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The add-ons of every regional cluster, as the environment files configure them. */
class AddonsLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STACKS = List.of("dev-use1-addons", "staging-use1-addons",
            "staging-usw2-addons", "prod-use1-addons", "prod-usw2-addons");

    /** The releases of a stack by release name. */
    private static Map<String, JsonNode> releases(String stack) {
        Map<String, JsonNode> releases = new HashMap<>();
        SynthesizedPlatform.resources(stack, "helm_release").forEach(r -> releases.put(r.path("name").asText(), r));
        return releases;
    }

    private static JsonNode values(JsonNode release) {
        try {
            return JSON.readTree(release.path("values").path(0).asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String remote(String stack, String output) {
        return "${data.terraform_remote_state.remote-state-" + stack + ".outputs." + output + "}";
    }

    @Test
    void should_have_an_addons_stack_for_every_regional_cluster() {
        // GIVEN the platform WHEN listing its stacks THEN every runtime stack has its add-ons beside it
        List<String> runtimes = SynthesizedPlatform.get().resourcesByStack().keySet().stream()
                .filter(name -> name.endsWith("-runtime")).map(name -> name.replace("-runtime", "-addons")).toList();
        assertThat(runtimes).containsExactlyInAnyOrderElementsOf(STACKS);
    }

    @ParameterizedTest
    @CsvSource({"dev-use1, us-east-1", "staging-use1, us-east-1", "staging-usw2, us-west-2", "prod-use1, us-east-1",
            "prod-usw2, us-west-2"})
    void should_release_the_pinned_charts_with_the_clusters_values(String cell, String region) {
        Map<String, JsonNode> releases = releases(cell + "-addons");
        // THEN the three add-ons are released at their pinned versions
        assertThat(releases.get("aws-load-balancer-controller").path("version").asText()).isEqualTo("1.17.1");
        assertThat(releases.get("aws-load-balancer-controller").path("repository").asText())
                .isEqualTo("https://aws.github.io/eks-charts");
        assertThat(releases.get("external-secrets").path("version").asText()).isEqualTo("1.0.0");
        assertThat(releases.get("otel-collector").path("chart").asText()).isEqualTo("opentelemetry-collector");
        assertThat(releases.get("otel-collector").path("version").asText()).isEqualTo("0.140.0");
        // AND the controller knows its cluster, region and VPC (IMDSv2, hop limit 1) and its IRSA role
        JsonNode controller = values(releases.get("aws-load-balancer-controller"));
        assertThat(controller.path("clusterName").asText()).isEqualTo(remote(cell + "-runtime", "cluster_name"));
        assertThat(controller.path("region").asText()).isEqualTo(region);
        assertThat(controller.path("vpcId").asText()).isEqualTo(remote(cell + "-network", "vpc_id"));
        assertThat(controller.at("/serviceAccount/annotations/eks.amazonaws.com~1role-arn").asText())
                .isEqualTo(remote(cell + "-runtime", "load_balancer_controller_role_arn"));
        assertThat(controller.at("/serviceAccount/name").asText()).isEqualTo("aws-load-balancer-controller");
        assertThat(values(releases.get("external-secrets")).at("/serviceAccount/annotations/eks.amazonaws.com~1role-arn")
                .asText()).isEqualTo(remote(cell + "-runtime", "external_secrets_role_arn"));
    }

    @ParameterizedTest
    @CsvSource({"dev-use1", "staging-usw2", "prod-use1", "prod-usw2"})
    void should_bind_the_front_doors_blue_and_green_target_groups(String cell) {
        JsonNode bindings = values(releases(cell + "-addons").get("target-group-bindings")).path("resources");
        assertThat(bindings).hasSize(2);
        Map<String, String> byService = new HashMap<>();
        bindings.forEach(b -> {
            assertThat(b.path("kind").asText()).isEqualTo("TargetGroupBinding");
            assertThat(b.at("/spec/targetType").asText()).isEqualTo("ip");
            assertThat(b.at("/metadata/namespace").asText()).isEqualTo("haevn");
            byService.put(b.at("/spec/serviceRef/name").asText(), b.at("/spec/targetGroupARN").asText());
        });
        assertThat(byService).containsEntry("haevn-blue", remote(cell + "-frontdoor", "blue_target_group_arn"))
                .containsEntry("haevn-green", remote(cell + "-frontdoor", "green_target_group_arn"));
        // AND they are installed after the controller that defines them
        assertThat(releases(cell + "-addons").get("target-group-bindings").path("depends_on").toString())
                .contains("helm_release.addons_aws-load-balancer-controller");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1, dev, 2, us-east-1", "prod-usw2, prod, 3, us-west-2"})
    void should_copy_the_grafana_token_from_secrets_manager_through_a_cluster_secret_store(String cell, String env,
                                                                                         int tokenIndex,
                                                                                         String region) {
        JsonNode objects = values(releases(cell + "-addons").get("secret-store")).path("resources");
        JsonNode store = objects.get(0);
        assertThat(store.path("kind").asText()).isEqualTo("ClusterSecretStore");
        assertThat(store.at("/spec/provider/aws/service").asText()).isEqualTo("SecretsManager");
        assertThat(store.at("/spec/provider/aws/region").asText()).isEqualTo(region);
        assertThat(store.at("/spec/provider/aws/auth").isMissingNode()).as("no credentials in the store").isTrue();
        assertThat(store.at("/spec/conditions/0/namespaces").toString()).isEqualTo("[\"observability\",\"haevn\"]");
        JsonNode secret = objects.get(1);
        assertThat(secret.path("kind").asText()).isEqualTo("ExternalSecret");
        assertThat(secret.at("/metadata/namespace").asText()).isEqualTo("observability");
        // its name comes from the secrets stack, at the entry's place in the secrets section
        assertThat(secret.at("/spec/data/0/remoteRef/key").asText()).isEqualTo("${element(data.terraform_remote_state"
                + ".remote-state-" + env + "-global-secrets.outputs.secret_names, " + tokenIndex + ")}");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1, 2103401", "staging-use1, 2103402", "prod-usw2, 2103403"})
    void should_export_otlp_to_grafana_cloud_with_the_token_only_from_the_collectors_environment(String cell,
                                                                                                 String metricsUser) {
        JsonNode collector = values(releases(cell + "-addons").get("otel-collector"));
        JsonNode config = collector.path("config");
        assertThat(config.at("/receivers/otlp/protocols/grpc/endpoint").asText()).endsWith(":4317");
        assertThat(config.at("/receivers/otlp/protocols/http/endpoint").asText()).endsWith(":4318");
        assertThat(config.at("/exporters/prometheusremotewrite/endpoint").asText())
                .isEqualTo("https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push");
        assertThat(config.at("/exporters/otlphttp~1loki/endpoint").asText())
                .isEqualTo("https://logs-prod-006.grafana.net/otlp");
        assertThat(config.at("/exporters/otlp~1tempo/endpoint").asText())
                .isEqualTo("tempo-prod-04-prod-us-east-0.grafana.net:443");
        assertThat(config.at("/extensions/basicauth~1metrics/client_auth/username").asText()).isEqualTo(metricsUser);
        // the password is the collector's own environment variable (escaped for Terraform), filled from the Secret
        assertThat(config.at("/extensions/basicauth~1metrics/client_auth/password").asText())
                .isEqualTo("$${env:GRAFANA_CLOUD_TOKEN}");
        assertThat(collector.at("/extraEnvs/0/valueFrom/secretKeyRef/name").asText()).isEqualTo("grafana-cloud");
        assertThat(config.at("/service/pipelines/metrics/exporters").toString()).isEqualTo("[\"prometheusremotewrite\"]");
        assertThat(config.at("/service/pipelines/logs/exporters").toString()).isEqualTo("[\"otlphttp/loki\"]");
        assertThat(config.at("/service/pipelines/traces/exporters").toString()).isEqualTo("[\"otlp/tempo\"]");
        assertThat(releases(cell + "-addons").get("otel-collector").has("set_sensitive")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"dev-use1", "prod-usw2"})
    void should_reach_the_cluster_with_aws_eks_get_token_and_no_stored_credentials(String cell) {
        JsonNode providers = SynthesizedPlatform.stack(cell + "-addons").path("provider");
        JsonNode kubernetes = providers.path("kubernetes").get(0);
        JsonNode helm = providers.path("helm").get(0).path("kubernetes");
        for (JsonNode provider : List.of(kubernetes, helm)) {
            assertThat(provider.path("host").asText()).isEqualTo(remote(cell + "-runtime", "cluster_endpoint"));
            JsonNode exec = provider.path("exec").isArray() ? provider.path("exec").get(0) : provider.path("exec");
            assertThat(exec.path("command").asText()).isEqualTo("aws");
            assertThat(exec.path("args").toString()).startsWith("[\"eks\",\"get-token\",\"--cluster-name\"");
            assertThat(provider.has("token")).isFalse();
            assertThat(provider.has("config_path")).isFalse();
        }
        // AND the stack is not an AWS-only one: terraform validate and offline plans leave it alone
        SynthesizedStack synthesized = SynthesizedStack.read(SynthesizedPlatform.get().outputDirectory(),
                cell + "-addons");
        assertThat(synthesized.providers()).containsExactly("aws", "helm", "kubernetes");
        assertThat(synthesized.awsOnly()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-addons, false", "staging-use1-addons, true", "staging-usw2-addons, true",
            "prod-use1-addons, true", "prod-usw2-addons, true"})
    void should_create_the_game_days_load_namespace_where_the_schedule_runs(String stack, boolean expected) {
        List<String> names = new java.util.ArrayList<>();
        SynthesizedPlatform.resources(stack, "kubernetes_namespace_v1").elements().forEachRemaining(namespace -> {
            JsonNode metadata = namespace.path("metadata");
            if (metadata.path("name").asText().equals("game-day")) {
                assertThat(metadata.path("labels").path("pod-security.kubernetes.io/enforce").asText())
                        .isEqualTo("restricted");
                names.add("game-day");
            }
        });
        assertThat(names).hasSize(expected ? 1 : 0);
    }
}
