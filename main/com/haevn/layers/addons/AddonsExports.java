package com.haevn.layers.addons;

import com.haevn.stacks.ExportKey;

/**
 * What workloads of the region's cluster read from its add-ons stack: where to send OTLP and which secret store to
 * name. A review app reads them, which also makes its stack deploy after the add-ons (its TargetGroupBinding needs
 * the Load Balancer Controller).
 *
 * @param collectorOtlpEndpoint the collector's in-cluster OTLP gRPC endpoint ({@code http://...:4317})
 * @param secretStoreName       the ClusterSecretStore on Secrets Manager
 */
public record AddonsExports(String collectorOtlpEndpoint, String secretStoreName) {

    public static final ExportKey<AddonsExports> KEY = ExportKey.of(AddonsLayer.NAME, AddonsExports.class);
}
