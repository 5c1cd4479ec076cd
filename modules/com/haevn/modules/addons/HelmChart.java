package com.haevn.modules.addons;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chart at one exact version: what a Helm release installs.
 *
 * @param repository the chart repository's URL ({@code https://...}) or an OCI registry ({@code oci://...})
 * @param chart      the chart's name in that repository
 * @param version    the chart's exact version ({@code 1.17.1}): a range would let a plan install something new
 */
public record HelmChart(String repository, String chart, String version) {

    private static final Pattern EXACT_VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    public HelmChart {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(version, "version");
        if (!repository.startsWith("https://") && !repository.startsWith("oci://")) {
            throw new IllegalArgumentException("a chart repository is an https:// or oci:// URL, got " + repository);
        }
        if (!EXACT_VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("chart " + chart + " needs an exact version such as 1.17.1, got '"
                    + version + "'");
        }
    }
}
