package com.haevn.layers.addons;

import com.haevn.modules.addons.AddonCharts;
import com.haevn.modules.addons.GrafanaCloudEndpoints;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code addons} section.
 *
 * @param charts                the pinned charts
 * @param replicas              replicas of each controller and of the collector
 * @param applicationNamespace  the namespace of the application's blue and green Services
 * @param serviceNames          the Service of each colour
 * @param servicePort           their port
 * @param secretStoreNamespaces namespaces (besides the collector's) whose ExternalSecrets may use the store
 * @param tokenSecret           the Grafana Cloud token's secret, by its name in the {@code secrets} section
 * @param grafanaCloud          the collector's endpoints
 * @param reviewApps            the review apps' settings, in the one environment that hosts them
 */
public record AddonsSettings(AddonCharts charts, int replicas, String applicationNamespace,
                             Map<String, String> serviceNames, int servicePort, List<String> secretStoreNamespaces,
                             String tokenSecret, GrafanaCloudEndpoints grafanaCloud,
                             Optional<ReviewAppSettings> reviewApps) {

    public AddonsSettings {
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(applicationNamespace, "applicationNamespace");
        Objects.requireNonNull(tokenSecret, "tokenSecret");
        Objects.requireNonNull(grafanaCloud, "grafanaCloud");
        Objects.requireNonNull(reviewApps, "reviewApps");
        serviceNames = Map.copyOf(serviceNames);
        secretStoreNamespaces = List.copyOf(secretStoreNamespaces);
    }
}
