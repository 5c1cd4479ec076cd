package com.haevn.modules.addons;

import java.util.Objects;

/**
 * The pinned charts of a cluster's add-ons.
 *
 * @param loadBalancerController the AWS Load Balancer Controller's chart
 * @param externalSecrets        External Secrets' chart
 * @param collector              the OpenTelemetry collector's chart
 * @param manifests              the chart that installs custom resources as given (see {@link ManifestRelease})
 */
public record AddonCharts(HelmChart loadBalancerController, HelmChart externalSecrets, HelmChart collector,
                          HelmChart manifests) {

    public AddonCharts {
        Objects.requireNonNull(loadBalancerController, "loadBalancerController");
        Objects.requireNonNull(externalSecrets, "externalSecrets");
        Objects.requireNonNull(collector, "collector");
        Objects.requireNonNull(manifests, "manifests");
    }
}
