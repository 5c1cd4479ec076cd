package com.haevn.modules.addons;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link ClusterAddons}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param cluster                       the cluster and how to reach it
 * @param vpcId                         the cluster's VPC, for the Load Balancer Controller
 * @param charts                        the pinned charts
 * @param loadBalancerControllerRoleArn the IRSA role of {@code kube-system/aws-load-balancer-controller}
 * @param externalSecretsRoleArn        the IRSA role of {@code external-secrets/external-secrets}
 * @param collectorRoleArn              the IRSA role of {@code observability/otel-collector}
 * @param targetGroupArns               the front door's target groups by colour ({@code blue}, {@code green})
 * @param applicationNamespace          the namespace of the application's Services, bound to those target groups
 * @param serviceNames                  the Service of each colour in that namespace
 * @param servicePort                   the port of those Services
 * @param secretStoreNamespaces         the namespaces whose ExternalSecrets may use the cluster secret store;
 *                                      the collector's namespace is always one
 * @param grafanaCloud                  the collector's endpoints
 * @param grafanaCloudTokenSecret       the name of the Secrets Manager secret holding the Grafana Cloud token
 * @param replicas                      replicas of each controller and of the collector; default
 *                                      {@value #DEFAULT_REPLICAS}
 * @param labels                        labels of every object created here; default none
 */
public record ClusterAddonsProps(ClusterConnection cluster, String vpcId, AddonCharts charts,
                                 String loadBalancerControllerRoleArn, String externalSecretsRoleArn,
                                 String collectorRoleArn, Map<String, String> targetGroupArns,
                                 String applicationNamespace, Map<String, String> serviceNames, int servicePort,
                                 List<String> secretStoreNamespaces, GrafanaCloudEndpoints grafanaCloud,
                                 String grafanaCloudTokenSecret, int replicas, Map<String, String> labels) {

    public static final int DEFAULT_REPLICAS = 2;

    public ClusterAddonsProps {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(loadBalancerControllerRoleArn, "loadBalancerControllerRoleArn");
        Objects.requireNonNull(externalSecretsRoleArn, "externalSecretsRoleArn");
        Objects.requireNonNull(collectorRoleArn, "collectorRoleArn");
        Objects.requireNonNull(applicationNamespace, "applicationNamespace");
        Objects.requireNonNull(grafanaCloud, "grafanaCloud");
        Objects.requireNonNull(grafanaCloudTokenSecret, "grafanaCloudTokenSecret");
        targetGroupArns = Map.copyOf(targetGroupArns);
        serviceNames = Map.copyOf(serviceNames);
        secretStoreNamespaces = List.copyOf(secretStoreNamespaces);
        labels = Map.copyOf(labels);
        if (targetGroupArns.isEmpty() || !targetGroupArns.keySet().equals(serviceNames.keySet())) {
            throw new IllegalArgumentException("every target group needs the Service it binds, and one at least: "
                    + "target groups " + targetGroupArns.keySet() + ", services " + serviceNames.keySet());
        }
        if (servicePort < 1 || servicePort > 65535) {
            throw new IllegalArgumentException("servicePort must be 1 to 65535, got " + servicePort);
        }
        if (replicas < 1) {
            throw new IllegalArgumentException("replicas must be at least 1, got " + replicas);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ClusterAddonsProps}. */
    public static final class Builder {
        private ClusterConnection cluster;
        private String vpcId;
        private AddonCharts charts;
        private String loadBalancerControllerRoleArn;
        private String externalSecretsRoleArn;
        private String collectorRoleArn;
        private Map<String, String> targetGroupArns = Map.of();
        private String applicationNamespace;
        private Map<String, String> serviceNames = Map.of();
        private int servicePort;
        private List<String> secretStoreNamespaces = List.of();
        private GrafanaCloudEndpoints grafanaCloud;
        private String grafanaCloudTokenSecret;
        private int replicas = DEFAULT_REPLICAS;
        private Map<String, String> labels = Map.of();

        public Builder cluster(ClusterConnection value) { cluster = value; return this; }
        public Builder vpcId(String value) { vpcId = value; return this; }
        public Builder charts(AddonCharts value) { charts = value; return this; }
        public Builder loadBalancerControllerRoleArn(String value) { loadBalancerControllerRoleArn = value; return this; }
        public Builder externalSecretsRoleArn(String value) { externalSecretsRoleArn = value; return this; }
        public Builder collectorRoleArn(String value) { collectorRoleArn = value; return this; }
        public Builder targetGroupArns(Map<String, String> value) { targetGroupArns = value; return this; }
        public Builder applicationNamespace(String value) { applicationNamespace = value; return this; }
        public Builder serviceNames(Map<String, String> value) { serviceNames = value; return this; }
        public Builder servicePort(int value) { servicePort = value; return this; }
        public Builder secretStoreNamespaces(List<String> value) { secretStoreNamespaces = value; return this; }
        public Builder grafanaCloud(GrafanaCloudEndpoints value) { grafanaCloud = value; return this; }
        public Builder grafanaCloudTokenSecret(String value) { grafanaCloudTokenSecret = value; return this; }
        public Builder replicas(int value) { replicas = value; return this; }
        public Builder labels(Map<String, String> value) { labels = value; return this; }

        public ClusterAddonsProps build() {
            return new ClusterAddonsProps(cluster, vpcId, charts, loadBalancerControllerRoleArn, externalSecretsRoleArn,
                    collectorRoleArn, targetGroupArns, applicationNamespace, serviceNames, servicePort,
                    secretStoreNamespaces, grafanaCloud, grafanaCloudTokenSecret, replicas, labels);
        }
    }
}
