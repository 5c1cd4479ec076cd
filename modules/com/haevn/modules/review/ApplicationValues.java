package com.haevn.modules.review;

import java.util.List;

/**
 * Values of the application chart for a review app: a fixed full name (so the Service's name is known to the
 * {@code TargetGroupBinding}), the image at the PR's tag, one replica behind a ClusterIP Service.
 *
 * @param fullnameOverride the name of the chart's objects, the Service included
 * @param replicaCount     1: a review app serves reviewers, not load
 * @param image            the image and its tag
 * @param service          the Service
 * @param env                the container's environment: where the image's baked-in OTLP exporters send
 */
public record ApplicationValues(String fullnameOverride, int replicaCount, Image image, Service service,
                                List<EnvironmentVariable> env) {

    /** The variable OpenTelemetry SDKs read for their exporters' endpoint. */
    public static final String OTLP_ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public record EnvironmentVariable(String name, String value) {
    }

    /**
     * @param repository the image's repository ({@code <registry>/haevn/app})
     * @param tag        the PR's tag
     * @param pullPolicy {@code IfNotPresent}: a tag names one build
     */
    public record Image(String repository, String tag, String pullPolicy) {
    }

    /**
     * @param type ClusterIP: the load balancer reaches the pods through the target group, not the Service
     * @param port the Service's port
     */
    public record Service(String type, int port) {
    }
}
