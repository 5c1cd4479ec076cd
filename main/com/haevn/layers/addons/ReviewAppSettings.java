package com.haevn.layers.addons;

import java.util.Objects;

/**
 * How the environment's review apps are built ({@code addons.review_apps}): the application's chart and image in
 * the environment's own ECR registry of its primary region, and each review namespace's quota.
 *
 * @param chartRepository the ECR repository namespace holding the chart, e.g. {@code charts}
 * @param chart           the application chart's name
 * @param chartVersion    its exact version
 * @param imageRepository the ECR repository of the application's image
 * @param servicePort     the port of the Service the chart creates (bound to the review target group)
 * @param quotaCpu        CPU each review namespace may request and use, in Kubernetes quantity, e.g. {@code 2}
 * @param quotaMemory     memory each may request and use, e.g. {@code 4Gi}
 * @param quotaPods       pods each may run
 */
public record ReviewAppSettings(String chartRepository, String chart, String chartVersion, String imageRepository,
                                int servicePort, String quotaCpu, String quotaMemory, int quotaPods) {

    public ReviewAppSettings {
        Objects.requireNonNull(chartRepository, "chartRepository");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(chartVersion, "chartVersion");
        Objects.requireNonNull(imageRepository, "imageRepository");
        Objects.requireNonNull(quotaCpu, "quotaCpu");
        Objects.requireNonNull(quotaMemory, "quotaMemory");
    }
}
