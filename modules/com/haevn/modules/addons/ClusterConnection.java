package com.haevn.modules.addons;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderKubernetes;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderKubernetesExec;
import com.hashicorp.cdktf.providers.helm.provider.HelmProviderRegistry;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProviderExec;
import software.constructs.Construct;

import java.util.List;
import java.util.Objects;

/**
 * How Terraform reaches one EKS cluster's API: its endpoint and CA from the runtime stack, and a token that
 * {@code aws eks get-token} issues for each run with the caller's own AWS credentials (valid 15 minutes). No
 * kubeconfig is read and no token is stored in the configuration.
 *
 * @param clusterName          the EKS cluster's name
 * @param region               its region, e.g. {@code us-east-1}
 * @param endpoint             the API server's URL
 * @param certificateAuthority the API server's CA certificate, base64-encoded PEM (as EKS reports it)
 */
public record ClusterConnection(String clusterName, String region, String endpoint, String certificateAuthority) {

    /** The client authentication API {@code aws eks get-token} answers in. */
    public static final String EXEC_API_VERSION = "client.authentication.k8s.io/v1beta1";

    public ClusterConnection {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(certificateAuthority, "certificateAuthority");
    }

    /** The arguments of {@code aws} that print the token. */
    public List<String> tokenCommandArgs() {
        return List.of("eks", "get-token", "--cluster-name", clusterName, "--region", region, "--output", "json");
    }

    /** The stack's Kubernetes provider for this cluster. */
    public KubernetesProvider kubernetesProvider(Construct scope, String id) {
        return KubernetesProvider.Builder.create(scope, id)
                .host(endpoint)
                .clusterCaCertificate(Fn.base64decode(certificateAuthority))
                .exec(List.of(KubernetesProviderExec.builder()
                        .apiVersion(EXEC_API_VERSION)
                        .command("aws")
                        .args(tokenCommandArgs())
                        .build()))
                .build();
    }

    /**
     * The stack's Helm provider for this cluster.
     *
     * @param registries OCI registries Helm logs in to for charts (none for charts from HTTPS repositories)
     */
    public HelmProvider helmProvider(Construct scope, String id, List<HelmProviderRegistry> registries) {
        HelmProvider.Builder helm = HelmProvider.Builder.create(scope, id)
                .kubernetes(HelmProviderKubernetes.builder()
                        .host(endpoint)
                        .clusterCaCertificate(Fn.base64decode(certificateAuthority))
                        .exec(HelmProviderKubernetesExec.builder()
                                .apiVersion(EXEC_API_VERSION)
                                .command("aws")
                                .args(tokenCommandArgs())
                                .build())
                        .build());
        if (!registries.isEmpty()) {
            helm.registry(registries);
        }
        return helm.build();
    }
}
