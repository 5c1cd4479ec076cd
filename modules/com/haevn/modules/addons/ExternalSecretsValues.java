package com.haevn.modules.addons;

/**
 * Values of the {@code external-secrets} chart.
 *
 * @param installCRDs    the chart installs its custom resource definitions
 * @param replicaCount   controller replicas
 * @param serviceAccount the IRSA service account {@code external-secrets/external-secrets}, whose role reads the
 *                       environment's secrets in Secrets Manager
 */
public record ExternalSecretsValues(boolean installCRDs, int replicaCount, ServiceAccountValues serviceAccount) {
}
