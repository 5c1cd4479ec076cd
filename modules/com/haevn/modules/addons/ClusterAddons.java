package com.haevn.modules.addons;

import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.release.Release;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Metadata;
import com.hashicorp.cdktf.providers.kubernetes.provider.KubernetesProvider;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The add-ons of one EKS cluster, each a Helm release of a pinned chart through providers that authenticate with
 * {@code aws eks get-token} ({@link ClusterConnection}):
 * <ul>
 *   <li>the AWS Load Balancer Controller in {@code kube-system}, told the cluster, region and VPC (pods cannot
 *       read instance metadata), and one {@code TargetGroupBinding} per front-door colour binding that colour's
 *       Service in the application namespace;</li>
 *   <li>External Secrets in {@value #EXTERNAL_SECRETS_NAMESPACE} and the cluster secret store
 *       {@value #SECRET_STORE} on Secrets Manager, read with the controller's IRSA role;</li>
 *   <li>the OpenTelemetry collector in {@value #OBSERVABILITY_NAMESPACE}, whose Grafana Cloud token arrives as the
 *       Secret {@value #TOKEN_SECRET} that an ExternalSecret copies from Secrets Manager: it is never a Helm
 *       value, so it is in neither the configuration nor Terraform's state.</li>
 * </ul>
 * The namespaces it creates enforce the {@code restricted} pod security standard.
 */
public class ClusterAddons extends Construct {

    public static final String EXTERNAL_SECRETS_NAMESPACE = "external-secrets";
    public static final String OBSERVABILITY_NAMESPACE = "observability";
    public static final String SECRET_STORE = "aws-secrets-manager";
    /** The Kubernetes Secret holding the Grafana Cloud token, and its key. */
    public static final String TOKEN_SECRET = "grafana-cloud";
    public static final String TOKEN_KEY = "token";
    /** The service accounts the runtime's IRSA roles trust. */
    public static final String LOAD_BALANCER_CONTROLLER_ACCOUNT = "aws-load-balancer-controller";
    public static final String EXTERNAL_SECRETS_ACCOUNT = "external-secrets";
    public static final String COLLECTOR_ACCOUNT = "otel-collector";
    /** The collector's release, and the name of its objects and Service. */
    public static final String COLLECTOR = "otel-collector";

    private final KubernetesProvider kubernetesProvider;
    private final HelmProvider helmProvider;
    private final Map<String, Release> releases = new LinkedHashMap<>();

    public ClusterAddons(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        ClusterConnection cluster = props.cluster();
        kubernetesProvider = cluster.kubernetesProvider(this, "kubernetes");
        helmProvider = cluster.helmProvider(this, "helm", List.of());
        Map<String, String> labels = props.labels();
        NamespaceV1 externalSecretsNamespace = namespace(EXTERNAL_SECRETS_NAMESPACE, labels);
        NamespaceV1 observabilityNamespace = namespace(OBSERVABILITY_NAMESPACE, labels);
        NamespaceV1 applicationNamespace = namespace(props.applicationNamespace(), labels);

        Release controller = release("aws-load-balancer-controller", ChartRelease.create(this,
                "aws-load-balancer-controller", helmProvider, props.charts().loadBalancerController(),
                "aws-load-balancer-controller", "kube-system",
                new LoadBalancerControllerValues(cluster.clusterName(), cluster.region(), props.vpcId(),
                        props.replicas(), ServiceAccountValues.withRole(LOAD_BALANCER_CONTROLLER_ACCOUNT,
                        props.loadBalancerControllerRoleArn()), false),
                List.of()));
        List<KubernetesObject> bindings = new ArrayList<>();
        new TreeMap<>(props.targetGroupArns()).forEach((colour, arn) -> bindings.add(TargetGroupBindingSpec.binding(
                props.serviceNames().get(colour), props.applicationNamespace(), props.serviceNames().get(colour),
                props.servicePort(), arn, labels)));
        release("target-group-bindings", ManifestRelease.create(this, "target-group-bindings", helmProvider,
                props.charts().manifests(), "target-group-bindings", props.applicationNamespace(), bindings,
                List.of(controller, applicationNamespace)));

        Release externalSecrets = release("external-secrets", ChartRelease.create(this, "external-secrets",
                helmProvider, props.charts().externalSecrets(), "external-secrets", EXTERNAL_SECRETS_NAMESPACE,
                new ExternalSecretsValues(true, props.replicas(), ServiceAccountValues.withRole(
                        EXTERNAL_SECRETS_ACCOUNT, props.externalSecretsRoleArn())),
                List.of(externalSecretsNamespace)));
        List<String> storeNamespaces = new ArrayList<>(List.of(OBSERVABILITY_NAMESPACE));
        props.secretStoreNamespaces().stream().filter(n -> !storeNamespaces.contains(n)).forEach(storeNamespaces::add);
        Release secretStore = release("secret-store", ManifestRelease.create(this, "secret-store", helmProvider,
                props.charts().manifests(), "secret-store", EXTERNAL_SECRETS_NAMESPACE, List.of(
                        SecretStoreObjects.clusterSecretStore(SECRET_STORE, cluster.region(), storeNamespaces, labels),
                        SecretStoreObjects.externalSecret(TOKEN_SECRET, OBSERVABILITY_NAMESPACE, SECRET_STORE,
                                TOKEN_KEY, props.grafanaCloudTokenSecret(), labels)),
                List.of(externalSecrets, observabilityNamespace)));

        release(COLLECTOR, ChartRelease.create(this, COLLECTOR, helmProvider,
                props.charts().collector(), COLLECTOR, OBSERVABILITY_NAMESPACE,
                CollectorValues.of(COLLECTOR, props.replicas(), ServiceAccountValues.withRole(COLLECTOR_ACCOUNT,
                                props.collectorRoleArn()), new CollectorValues.SecretKeyRef(TOKEN_SECRET, TOKEN_KEY),
                        props.grafanaCloud(), cluster.clusterName()),
                List.of(secretStore)));
    }

    private NamespaceV1 namespace(String name, Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.putAll(PodSecurity.RESTRICTED);
        return NamespaceV1.Builder.create(this, "namespace-" + name)
                .provider(kubernetesProvider)
                .metadata(NamespaceV1Metadata.builder().name(name).labels(new TreeMap<>(all)).build())
                .build();
    }

    private Release release(String name, Release release) {
        releases.put(name, release);
        return release;
    }

    /** The releases by name: the controller, the bindings, External Secrets, the store and the collector. */
    public Map<String, Release> releases() {
        return Map.copyOf(releases);
    }

    /** Where workloads send OTLP over gRPC: the collector's Service in its namespace. */
    public String collectorOtlpEndpoint() {
        return "http://" + COLLECTOR + "." + OBSERVABILITY_NAMESPACE + ".svc.cluster.local:"
                + CollectorValues.OTLP_GRPC_PORT;
    }

    public HelmProvider helmProvider() {
        return helmProvider;
    }

    public KubernetesProvider kubernetesProvider() {
        return kubernetesProvider;
    }

}
