package com.haevn.layers.runtime;

import com.haevn.stacks.ExportKey;

/**
 * What later layers read from the cluster of their environment and region: the front door and the data and cache
 * layers open their security groups to the nodes, the regional add-ons stack reaches the API and annotates service
 * accounts with their IRSA roles.
 *
 * @param clusterName                   the EKS cluster's name
 * @param clusterEndpoint               the API server's URL ({@code https://...})
 * @param clusterCertificateAuthority   the API server's CA certificate, base64-encoded PEM
 * @param clusterSecurityGroupId        the security group on the control plane's network interfaces; clients of
 *                                      the private endpoint need ingress on 443 here
 * @param nodeSecurityGroupId           the security group on every node: ingress rules for what calls pods
 *                                      (load balancer to nodes), and the source for what pods call (databases)
 * @param oidcProviderArn               the cluster's IAM OIDC provider, for IRSA trust policies
 * @param oidcIssuer                    the OIDC issuer without {@code https://}, as IRSA condition keys name it
 * @param loadBalancerControllerRoleArn the IRSA role of {@code kube-system/aws-load-balancer-controller}
 * @param externalSecretsRoleArn        the IRSA role of {@code external-secrets/external-secrets}
 * @param collectorRoleArn              the IRSA role of {@code observability/otel-collector}
 */
public record RuntimeExports(String clusterName, String clusterEndpoint, String clusterCertificateAuthority,
                             String clusterSecurityGroupId, String nodeSecurityGroupId, String oidcProviderArn,
                             String oidcIssuer, String loadBalancerControllerRoleArn, String externalSecretsRoleArn,
                             String collectorRoleArn) {

    public static final ExportKey<RuntimeExports> KEY = ExportKey.of(RuntimeLayer.NAME, RuntimeExports.class);
}
