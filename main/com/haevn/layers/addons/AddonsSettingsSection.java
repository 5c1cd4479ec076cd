package com.haevn.layers.addons;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.addons.AddonCharts;
import com.haevn.modules.addons.GrafanaCloudEndpoints;
import com.haevn.modules.addons.HelmChart;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code addons} section: exact chart versions from https or oci repositories, Kubernetes names,
 * Grafana Cloud endpoints over TLS, and the tier rule that only a development environment hosts review apps.
 */
final class AddonsSettingsSection implements SettingsSection<AddonsSettings> {

    static final List<String> CHART_KEYS = List.of("repository", "chart", "version");
    static final List<String> CHARTS = List.of("load_balancer_controller", "external_secrets", "collector",
            "manifests");
    static final List<String> ENDPOINT_KEYS = List.of("url", "username");
    static final List<String> REVIEW_KEYS = List.of("chart_repository", "chart", "chart_version", "image_repository",
            "service_port", "quota");
    /** A Kubernetes object name that is also a DNS label (namespaces, Services). */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ECR_REPOSITORY = Pattern.compile("[a-z0-9]+([._/-][a-z0-9]+)*");
    private static final Pattern QUANTITY = Pattern.compile("\\d+(\\.\\d+)?(m|Ki|Mi|Gi|Ti)?");

    @Override
    public String key() {
        return AddonsLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("charts", "replicas", "application", "secret_store_namespaces", "grafana_cloud",
                "review_apps");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("charts.{load_balancer_controller,external_secrets,collector,manifests}", "mapping",
                        "each chart's `repository` (an https:// or oci:// URL), `chart` and exact `version` "
                                + "(`1.17.1`, no range); `manifests` is the chart that installs the custom resources "
                                + "(TargetGroupBindings, the secret store) as given"),
                new SettingDoc("replicas", "number", "replicas of each controller and of the collector, 1..5"),
                new SettingDoc("application", "mapping", "`namespace` of the application, `services` (`blue`, "
                        + "`green`: the Service of each colour, bound to the front door's target group of that "
                        + "colour) and their `port`"),
                new SettingDoc("secret_store_namespaces", "list", "namespaces whose ExternalSecrets may read the "
                        + "environment's secrets through the cluster store (the collector's is always one)"),
                new SettingDoc("grafana_cloud", "mapping", "`token_secret`: the Grafana Cloud access token's entry "
                        + "in the `secrets` section (kind external); `metrics` (Prometheus remote-write URL), `logs` "
                        + "(Loki's OTLP URL), `traces` (Tempo's `host:443`), each with `url` and `username` (the "
                        + "service's instance id, digits)"),
                new SettingDoc("review_apps", "mapping", "optional, development only: the per-PR review apps' "
                        + "`chart_repository` (ECR repository namespace of the chart), `chart`, `chart_version`, "
                        + "`image_repository` (ECR), `service_port` and `quota` (`cpu`, `memory`, `pods` per review "
                        + "namespace); see docs/review-apps.md"));
    }

    @Override
    public Optional<AddonsSettings> read(MappingReader section, SectionContext context) {
        Optional<AddonCharts> charts = section.mapping("charts", CHARTS).flatMap(AddonsSettingsSection::charts);
        Optional<Integer> replicas = section.integer("replicas").flatMap(r -> {
            if (r.value() >= 1 && r.value() <= 5) {
                return Optional.of(r.value());
            }
            section.report(r, "replicas must be 1 to 5, got " + r.value());
            return Optional.empty();
        });
        Optional<MappingReader> application = section.mapping("application", List.of("namespace", "services", "port"));
        Optional<String> namespace = application.flatMap(a -> a.string("namespace")).flatMap(n -> label(section, n));
        Optional<Map<String, String>> services = application.flatMap(a -> a.mapping("services",
                List.of("blue", "green"))).flatMap(s -> {
                    Optional<String> blue = s.string("blue").flatMap(n -> label(section, n));
                    Optional<String> green = s.string("green").flatMap(n -> label(section, n));
                    return blue.isPresent() && green.isPresent()
                            ? Optional.of(Map.of("blue", blue.get(), "green", green.get())) : Optional.empty();
                });
        Optional<Integer> port = application.flatMap(a -> a.integer("port")).flatMap(p -> port(section, p));
        Optional<List<String>> storeNamespaces = labels(section, "secret_store_namespaces");
        Optional<MappingReader> grafana = section.mapping("grafana_cloud",
                List.of("token_secret", "metrics", "logs", "traces"));
        Optional<String> tokenSecret = grafana.flatMap(g -> g.string("token_secret")).map(Located::value);
        Optional<GrafanaCloudEndpoints> endpoints = grafana.flatMap(AddonsSettingsSection::endpoints);
        Optional<Optional<ReviewAppSettings>> review = reviewApps(section, context);
        if (charts.isEmpty() || replicas.isEmpty() || namespace.isEmpty() || services.isEmpty() || port.isEmpty()
                || storeNamespaces.isEmpty() || tokenSecret.isEmpty() || endpoints.isEmpty() || review.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AddonsSettings(charts.get(), replicas.get(), namespace.get(), services.get(),
                port.get(), storeNamespaces.get(), tokenSecret.get(), endpoints.get(), review.get()));
    }

    private static Optional<AddonCharts> charts(MappingReader charts) {
        List<Optional<HelmChart>> read = CHARTS.stream().map(name -> charts.mapping(name, CHART_KEYS)
                .flatMap(chart -> chart(charts, name, chart))).toList();
        if (read.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new AddonCharts(read.get(0).get(), read.get(1).get(), read.get(2).get(),
                read.get(3).get()));
    }

    private static Optional<HelmChart> chart(MappingReader parent, String name, MappingReader chart) {
        Optional<Located<String>> repository = chart.string("repository");
        Optional<Located<String>> chartName = chart.string("chart");
        Optional<Located<String>> version = chart.string("version");
        if (repository.isEmpty() || chartName.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return checked(parent, name, () -> new HelmChart(repository.get().value(), chartName.get().value(),
                version.get().value()));
    }

    private static Optional<GrafanaCloudEndpoints> endpoints(MappingReader grafana) {
        Optional<GrafanaCloudEndpoints.Endpoint> metrics = endpoint(grafana, "metrics", true);
        Optional<GrafanaCloudEndpoints.Endpoint> logs = endpoint(grafana, "logs", true);
        Optional<GrafanaCloudEndpoints.Endpoint> traces = endpoint(grafana, "traces", false);
        if (metrics.isEmpty() || logs.isEmpty() || traces.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GrafanaCloudEndpoints(metrics.get(), logs.get(), traces.get()));
    }

    /** An https URL, or (for OTLP gRPC) a {@code host:443} address. */
    private static Optional<GrafanaCloudEndpoints.Endpoint> endpoint(MappingReader grafana, String key, boolean url) {
        Optional<MappingReader> endpoint = grafana.mapping(key, ENDPOINT_KEYS);
        Optional<Located<String>> address = endpoint.flatMap(e -> e.string("url"));
        Optional<Located<String>> username = endpoint.flatMap(e -> e.string("username"));
        if (address.isEmpty() || username.isEmpty()) {
            return Optional.empty();
        }
        String value = address.get().value();
        boolean valid = url ? value.matches("https://[a-z0-9.-]+(/[A-Za-z0-9/._-]*)?")
                : value.matches("[a-z0-9.-]+:443");
        if (!valid) {
            grafana.report(address.get(), (url ? "an https:// URL" : "a TLS address host:443")
                    + " is needed (the token must never travel in clear), got " + value);
            return Optional.empty();
        }
        return checked(grafana, key, () -> new GrafanaCloudEndpoints.Endpoint(value, username.get().value()));
    }

    private static Optional<Optional<ReviewAppSettings>> reviewApps(MappingReader section, SectionContext context) {
        if (!section.has("review_apps")) {
            return Optional.of(Optional.empty());
        }
        if (context.tier().filter(tier -> tier != Tier.DEVELOPMENT).isPresent()) {
            section.report("review_apps", "review apps live only in a development environment (" + context.tier()
                    .get().yamlValue() + " runs only reviewed releases); remove review_apps");
            return Optional.empty();
        }
        Optional<MappingReader> review = section.mapping("review_apps", REVIEW_KEYS);
        Optional<String> chartRepository = review.flatMap(r -> r.string("chart_repository"))
                .flatMap(r -> ecrRepository(section, r));
        Optional<String> chart = review.flatMap(r -> r.string("chart")).flatMap(c -> label(section, c));
        Optional<String> version = review.flatMap(r -> r.string("chart_version")).map(Located::value);
        Optional<String> image = review.flatMap(r -> r.string("image_repository"))
                .flatMap(r -> ecrRepository(section, r));
        Optional<Integer> port = review.flatMap(r -> r.integer("service_port")).flatMap(p -> port(section, p));
        Optional<MappingReader> quota = review.flatMap(r -> r.mapping("quota", List.of("cpu", "memory", "pods")));
        Optional<String> cpu = quota.flatMap(q -> q.string("cpu")).flatMap(q -> quantity(section, q));
        Optional<String> memory = quota.flatMap(q -> q.string("memory")).flatMap(q -> quantity(section, q));
        Optional<Integer> pods = quota.flatMap(q -> q.integer("pods")).flatMap(p -> {
            if (p.value() >= 1 && p.value() <= 100) {
                return Optional.of(p.value());
            }
            section.report(p, "a review namespace runs 1 to 100 pods, got " + p.value());
            return Optional.empty();
        });
        if (chartRepository.isEmpty() || chart.isEmpty() || version.isEmpty() || image.isEmpty() || port.isEmpty()
                || cpu.isEmpty() || memory.isEmpty() || pods.isEmpty()) {
            return Optional.empty();
        }
        Optional<HelmChart> pinned = checked(section, "review_apps", () -> new HelmChart("oci://registry", chart.get(),
                version.get()));
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new ReviewAppSettings(chartRepository.get(), chart.get(), version.get(),
                image.get(), port.get(), cpu.get(), memory.get(), pods.get())));
    }

    private static Optional<List<String>> labels(MappingReader section, String key) {
        Optional<List<Node>> nodes = section.sequence(key).map(list -> list.getValue());
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<String> name = section.stringAt(nodes.get().get(i), key + "[" + i + "]")
                    .flatMap(n -> label(section, n));
            valid &= name.isPresent();
            name.ifPresent(names::add);
        }
        return valid ? Optional.of(names) : Optional.empty();
    }

    private static Optional<String> label(MappingReader section, Located<String> name) {
        if (LABEL.matcher(name.value()).matches()) {
            return Optional.of(name.value());
        }
        section.report(name, "\"" + name.value() + "\" is not a Kubernetes name: 1 to 63 lowercase letters, digits "
                + "and inner hyphens");
        return Optional.empty();
    }

    private static Optional<String> ecrRepository(MappingReader section, Located<String> name) {
        if (ECR_REPOSITORY.matcher(name.value()).matches() && name.value().length() <= 256) {
            return Optional.of(name.value());
        }
        section.report(name, "\"" + name.value() + "\" is not an ECR repository name (lowercase letters, digits "
                + "and inner . _ - /), e.g. haevn/app");
        return Optional.empty();
    }

    private static Optional<String> quantity(MappingReader section, Located<String> quantity) {
        if (QUANTITY.matcher(quantity.value()).matches()) {
            return Optional.of(quantity.value());
        }
        section.report(quantity, "\"" + quantity.value() + "\" is not a Kubernetes quantity such as 2, 500m or 4Gi");
        return Optional.empty();
    }

    private static Optional<Integer> port(MappingReader section, Located<Integer> port) {
        if (port.value() >= 1 && port.value() <= 65535) {
            return Optional.of(port.value());
        }
        section.report(port, "a port is 1 to 65535, got " + port.value());
        return Optional.empty();
    }

    /** Builds a module value, reporting its refusal at {@code key}. */
    private static <T> Optional<T> checked(MappingReader section, String key, Supplier<T> value) {
        try {
            return Optional.of(value.get());
        } catch (IllegalArgumentException e) {
            section.report(key, e.getMessage());
            return Optional.empty();
        }
    }
}
