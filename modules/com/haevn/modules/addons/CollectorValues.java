package com.haevn.modules.addons;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Values of the {@code opentelemetry-collector} chart: a deployment of the contrib distribution receiving OTLP from
 * workloads (gRPC 4317, HTTP 4318) and exporting metrics by Prometheus remote write, logs to Loki's OTLP endpoint and
 * traces to Tempo over OTLP gRPC, each with basic auth whose password is {@code ${env:}}{@value #TOKEN_VARIABLE}.
 * That variable comes from the Kubernetes Secret External Secrets keeps in sync with Secrets Manager, so the token
 * is in no value, no Terraform state and no file of the configuration.
 */
public record CollectorValues(String fullnameOverride, String mode, int replicaCount, Image image,
                              ServiceAccountValues serviceAccount,
                              PodSecurityContext podSecurityContext, ContainerSecurityContext securityContext,
                              List<EnvironmentVariable> extraEnvs, Config config) {

    /** The collector's environment variable holding the Grafana Cloud token. */
    public static final String TOKEN_VARIABLE = "GRAFANA_CLOUD_TOKEN";
    /** The distribution that has the Prometheus remote-write exporter and the basic-auth extension. */
    public static final String IMAGE = "otel/opentelemetry-collector-contrib";
    public static final int OTLP_GRPC_PORT = 4317;
    public static final int OTLP_HTTP_PORT = 4318;
    /** The user the collector's image runs as. */
    public static final long NON_ROOT_USER = 10001;

    public record Image(String repository) {
    }

    /** What the {@code restricted} pod security standard of the namespace requires of the pod. */
    public record PodSecurityContext(boolean runAsNonRoot, long runAsUser, SeccompProfile seccompProfile) {
    }

    public record SeccompProfile(String type) {
    }

    /** ... and of its container. */
    public record ContainerSecurityContext(boolean allowPrivilegeEscalation, Capabilities capabilities,
                                           boolean readOnlyRootFilesystem) {
    }

    public record Capabilities(List<String> drop) {
    }

    public record EnvironmentVariable(String name, ValueFrom valueFrom) {
    }

    public record ValueFrom(SecretKeyRef secretKeyRef) {
    }

    public record SecretKeyRef(String name, String key) {
    }

    public record Config(Map<String, Object> extensions, Map<String, Object> receivers,
                         Map<String, Object> processors, Map<String, Object> exporters, Service service) {
    }

    public record Service(List<String> extensions, Map<String, Pipeline> pipelines) {
    }

    public record Pipeline(List<String> receivers, List<String> processors, List<String> exporters) {
    }

    record BasicAuth(@JsonProperty("client_auth") ClientAuth clientAuth) {
    }

    record ClientAuth(String username, String password) {
    }

    record Authenticated(String endpoint, Auth auth) {
    }

    record Auth(String authenticator) {
    }

    record OtlpReceiver(Protocols protocols) {
    }

    record Protocols(Listener grpc, Listener http) {
    }

    record Listener(String endpoint) {
    }

    record MemoryLimiter(@JsonProperty("check_interval") String checkInterval,
                         @JsonProperty("limit_percentage") int limitPercentage,
                         @JsonProperty("spike_limit_percentage") int spikeLimitPercentage) {
    }

    record Batch() {
    }

    record HealthCheck(String endpoint) {
    }

    /**
     * The collector of one cluster.
     *
     * @param name           the name of the chart's objects, its Service's included
     * @param serviceAccount the IRSA service account {@code observability/otel-collector}
     * @param tokenSecret    the Kubernetes Secret (and its key) that holds the token
     * @param endpoints      where each signal goes
     * @param clusterName    recorded as the {@code k8s.cluster.name} attribute of everything exported
     */
    public static CollectorValues of(String name, int replicaCount, ServiceAccountValues serviceAccount,
                                     SecretKeyRef tokenSecret, GrafanaCloudEndpoints endpoints, String clusterName) {
        String token = HelmValues.environmentReference(TOKEN_VARIABLE);
        String podIp = HelmValues.environmentReference("MY_POD_IP");
        Map<String, Object> extensions = Map.of(
                "health_check", new HealthCheck(podIp + ":13133"),
                "basicauth/metrics", new BasicAuth(new ClientAuth(endpoints.metrics().username(), token)),
                "basicauth/logs", new BasicAuth(new ClientAuth(endpoints.logs().username(), token)),
                "basicauth/traces", new BasicAuth(new ClientAuth(endpoints.traces().username(), token)));
        Map<String, Object> receivers = Map.of("otlp", new OtlpReceiver(new Protocols(
                new Listener(podIp + ":" + OTLP_GRPC_PORT), new Listener(podIp + ":" + OTLP_HTTP_PORT))));
        Map<String, Object> processors = Map.of(
                "memory_limiter", new MemoryLimiter("5s", 80, 25),
                "batch", new Batch(),
                "resource", Map.of("attributes", List.of(Map.of(
                        "key", "k8s.cluster.name", "value", clusterName, "action", "upsert"))));
        Map<String, Object> exporters = Map.of(
                "prometheusremotewrite", new Authenticated(endpoints.metrics().url(), new Auth("basicauth/metrics")),
                "otlphttp/loki", new Authenticated(endpoints.logs().url(), new Auth("basicauth/logs")),
                "otlp/tempo", new Authenticated(endpoints.traces().url(), new Auth("basicauth/traces")));
        List<String> steps = List.of("memory_limiter", "resource", "batch");
        Service service = new Service(
                List.of("health_check", "basicauth/metrics", "basicauth/logs", "basicauth/traces"),
                Map.of("metrics", new Pipeline(List.of("otlp"), steps, List.of("prometheusremotewrite")),
                        "logs", new Pipeline(List.of("otlp"), steps, List.of("otlphttp/loki")),
                        "traces", new Pipeline(List.of("otlp"), steps, List.of("otlp/tempo"))));
        return new CollectorValues(name, "deployment", replicaCount, new Image(IMAGE), serviceAccount,
                new PodSecurityContext(true, NON_ROOT_USER, new SeccompProfile("RuntimeDefault")),
                new ContainerSecurityContext(false, new Capabilities(List.of("ALL")), true),
                List.of(new EnvironmentVariable(TOKEN_VARIABLE, new ValueFrom(tokenSecret))),
                new Config(extensions, receivers, processors, exporters, service));
    }
}
