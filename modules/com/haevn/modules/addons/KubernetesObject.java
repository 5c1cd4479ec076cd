package com.haevn.modules.addons;

import java.util.Map;
import java.util.Objects;

/**
 * One Kubernetes object of a custom resource (a {@code TargetGroupBinding}, a {@code ClusterSecretStore}...),
 * installed through {@link ManifestRelease}.
 *
 * @param apiVersion its API group and version, e.g. {@code elbv2.k8s.aws/v1beta1}
 * @param kind       its kind
 * @param metadata   its name, namespace (null for cluster-scoped kinds) and labels
 * @param spec       its spec: a record serialized as {@link HelmValues} does
 */
public record KubernetesObject(String apiVersion, String kind, Metadata metadata, Object spec) {

    public KubernetesObject {
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
    }

    /**
     * @param name      the object's name
     * @param namespace its namespace; null for a cluster-scoped object
     * @param labels    its labels
     */
    public record Metadata(String name, String namespace, Map<String, String> labels) {

        public Metadata {
            Objects.requireNonNull(name, "name");
            labels = Map.copyOf(labels);
        }
    }
}
