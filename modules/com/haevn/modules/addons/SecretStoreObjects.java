package com.haevn.modules.addons;

import java.util.List;
import java.util.Map;

/**
 * The External Secrets objects ({@value #API_VERSION}): a {@code ClusterSecretStore} on Secrets Manager, read with
 * the controller's own IRSA role (no credentials in the store), usable only from the namespaces it lists; and
 * {@code ExternalSecret}s copying one Secrets Manager secret into a Kubernetes Secret.
 */
public final class SecretStoreObjects {

    public static final String API_VERSION = "external-secrets.io/v1";
    /** How often an ExternalSecret re-reads its secret, so a rotated value arrives without a deploy. */
    public static final String REFRESH_INTERVAL = "1h";

    private SecretStoreObjects() {
    }

    record StoreSpec(Provider provider, List<Condition> conditions) {
    }

    record Provider(AwsProvider aws) {
    }

    /** No {@code auth}: the controller's pod authenticates with its service account's role. */
    record AwsProvider(String service, String region) {
    }

    record Condition(List<String> namespaces) {
    }

    record ExternalSecretSpec(String refreshInterval, StoreRef secretStoreRef, Target target, List<Data> data) {
    }

    record StoreRef(String name, String kind) {
    }

    /** {@code creationPolicy: Owner}: the Kubernetes Secret goes when its ExternalSecret goes. */
    record Target(String name, String creationPolicy) {
    }

    record Data(String secretKey, RemoteRef remoteRef) {
    }

    record RemoteRef(String key) {
    }

    /** The store {@code name} on Secrets Manager in {@code region}, for ExternalSecrets in {@code namespaces}. */
    public static KubernetesObject clusterSecretStore(String name, String region, List<String> namespaces,
                                                      Map<String, String> labels) {
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("the secret store " + name + " serves no namespace");
        }
        return new KubernetesObject(API_VERSION, "ClusterSecretStore", new KubernetesObject.Metadata(name, null, labels),
                new StoreSpec(new Provider(new AwsProvider("SecretsManager", region)),
                        List.of(new Condition(List.copyOf(namespaces)))));
    }

    /**
     * The Secret {@code namespace/name} with one key, {@code secretKey}, holding the value of the Secrets Manager
     * secret {@code remoteKey}, read through the cluster store {@code store}.
     */
    public static KubernetesObject externalSecret(String name, String namespace, String store, String secretKey,
                                                  String remoteKey, Map<String, String> labels) {
        return new KubernetesObject(API_VERSION, "ExternalSecret", new KubernetesObject.Metadata(name, namespace, labels),
                new ExternalSecretSpec(REFRESH_INTERVAL, new StoreRef(store, "ClusterSecretStore"),
                        new Target(name, "Owner"), List.of(new Data(secretKey, new RemoteRef(remoteKey)))));
    }
}
