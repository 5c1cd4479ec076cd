package com.haevn.modules.review;

import com.haevn.modules.addons.ClusterConnection;
import com.haevn.modules.addons.HelmChart;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link ReviewApp}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param pr                 the PR number, a positive integer
 * @param imageTag           the application image's tag, in Docker's tag grammar ({@link #IMAGE_TAG})
 * @param name               the prefix of the AWS names, e.g. {@code dev-use1}: the target group is
 *                           {@code <name>-pr-<N>}
 * @param cluster            the shared cluster
 * @param registry           the ECR registry host of the chart and the image ({@code <account>.dkr.ecr.<region>...})
 * @param registryId         the registry's account, whose authorization token Helm logs in with
 * @param chart              the application chart in that registry ({@code oci://<registry>/<namespace>})
 * @param imageRepository    the image's repository in that registry
 * @param servicePort        the port of the chart's Service
 * @param quota              the namespace's quota
 * @param vpcId              the VPC of the target group
 * @param httpsListenerArn   the front door's HTTPS listener
 * @param originHeaderName   the header Cloudflare adds, which the rule requires as the front door's does
 * @param originHeaderSecret its value (a reference to the sensitive variable, never the value itself)
 * @param targetPort         the pods' port, the target group's
 * @param healthCheckPath    the path the target group checks
 * @param manifestsChart     the chart that installs the TargetGroupBinding as given
 * @param zoneId             the Cloudflare zone of the record
 * @param hostname           the review app's name, one label below the zone ({@code pr-123-dev.haevn.io})
 * @param loadBalancerDnsName the ALB's DNS name, the record's target
 * @param otlpEndpoint       the cluster collector's OTLP endpoint, given to the application
 * @param labels             labels of every Kubernetes object; default none
 */
public record ReviewAppProps(long pr, String imageTag, String name, ClusterConnection cluster, String registry,
                             String registryId, HelmChart chart, String imageRepository, int servicePort,
                             NamespaceQuota quota, String vpcId, String httpsListenerArn, String originHeaderName,
                             String originHeaderSecret, int targetPort, String healthCheckPath,
                             HelmChart manifestsChart, String zoneId, String hostname, String loadBalancerDnsName,
                             String otlpEndpoint, Map<String, String> labels) {

    /** Docker's tag grammar: a word character, then up to 127 word characters, dots and hyphens. */
    public static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    /** The longest target group name ELB accepts. */
    public static final int MAX_TARGET_GROUP_NAME = 32;

    public ReviewAppProps {
        Objects.requireNonNull(imageTag, "imageTag");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(registryId, "registryId");
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(imageRepository, "imageRepository");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(httpsListenerArn, "httpsListenerArn");
        Objects.requireNonNull(originHeaderName, "originHeaderName");
        Objects.requireNonNull(originHeaderSecret, "originHeaderSecret");
        Objects.requireNonNull(healthCheckPath, "healthCheckPath");
        Objects.requireNonNull(manifestsChart, "manifestsChart");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(loadBalancerDnsName, "loadBalancerDnsName");
        Objects.requireNonNull(otlpEndpoint, "otlpEndpoint");
        labels = Map.copyOf(labels);
        if (pr < 1) {
            throw new IllegalArgumentException("a PR number is a positive integer, got " + pr);
        }
        if (!IMAGE_TAG.matcher(imageTag).matches()) {
            throw new IllegalArgumentException("\"" + imageTag + "\" is not a Docker image tag (1 to 128 letters, "
                    + "digits, '_', '.' and '-', not starting with '.' or '-')");
        }
        if (!chart.repository().startsWith("oci://" + registry + "/")) {
            throw new IllegalArgumentException("the application chart must come from the registry " + registry
                    + ", got " + chart.repository());
        }
        if (targetGroupName(name, pr).length() > MAX_TARGET_GROUP_NAME) {
            throw new IllegalArgumentException("the target group name " + targetGroupName(name, pr) + " is longer "
                    + "than " + MAX_TARGET_GROUP_NAME + " characters");
        }
        if (servicePort < 1 || servicePort > 65535 || targetPort < 1 || targetPort > 65535) {
            throw new IllegalArgumentException("ports are 1 to 65535, got " + servicePort + " and " + targetPort);
        }
    }

    /** {@code pr-123}: the namespace, and the suffix of every name. */
    public String slug() {
        return "pr-" + pr;
    }

    static String targetGroupName(String name, long pr) {
        return name + "-pr-" + pr;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ReviewAppProps}. */
    public static final class Builder {
        private long pr;
        private String imageTag;
        private String name;
        private ClusterConnection cluster;
        private String registry;
        private String registryId;
        private HelmChart chart;
        private String imageRepository;
        private int servicePort;
        private NamespaceQuota quota;
        private String vpcId;
        private String httpsListenerArn;
        private String originHeaderName;
        private String originHeaderSecret;
        private int targetPort;
        private String healthCheckPath;
        private HelmChart manifestsChart;
        private String zoneId;
        private String hostname;
        private String loadBalancerDnsName;
        private String otlpEndpoint;
        private Map<String, String> labels = Map.of();

        public Builder pr(long value) { pr = value; return this; }
        public Builder imageTag(String value) { imageTag = value; return this; }
        public Builder name(String value) { name = value; return this; }
        public Builder cluster(ClusterConnection value) { cluster = value; return this; }
        public Builder registry(String value) { registry = value; return this; }
        public Builder registryId(String value) { registryId = value; return this; }
        public Builder chart(HelmChart value) { chart = value; return this; }
        public Builder imageRepository(String value) { imageRepository = value; return this; }
        public Builder servicePort(int value) { servicePort = value; return this; }
        public Builder quota(NamespaceQuota value) { quota = value; return this; }
        public Builder vpcId(String value) { vpcId = value; return this; }
        public Builder httpsListenerArn(String value) { httpsListenerArn = value; return this; }
        public Builder originHeaderName(String value) { originHeaderName = value; return this; }
        public Builder originHeaderSecret(String value) { originHeaderSecret = value; return this; }
        public Builder targetPort(int value) { targetPort = value; return this; }
        public Builder healthCheckPath(String value) { healthCheckPath = value; return this; }
        public Builder manifestsChart(HelmChart value) { manifestsChart = value; return this; }
        public Builder zoneId(String value) { zoneId = value; return this; }
        public Builder hostname(String value) { hostname = value; return this; }
        public Builder loadBalancerDnsName(String value) { loadBalancerDnsName = value; return this; }
        public Builder otlpEndpoint(String value) { otlpEndpoint = value; return this; }
        public Builder labels(Map<String, String> value) { labels = value; return this; }

        public ReviewAppProps build() {
            return new ReviewAppProps(pr, imageTag, name, cluster, registry, registryId, chart, imageRepository,
                    servicePort, quota, vpcId, httpsListenerArn, originHeaderName, originHeaderSecret, targetPort,
                    healthCheckPath, manifestsChart, zoneId, hostname, loadBalancerDnsName, otlpEndpoint,
                    labels);
        }
    }
}
