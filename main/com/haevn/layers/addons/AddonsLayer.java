package com.haevn.layers.addons;

import com.haevn.environment.Environment;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.dr.DrLayer;
import com.haevn.layers.dr.DrSettings;
import com.haevn.layers.frontdoor.FrontdoorExports;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.layers.secrets.SecretsExports;
import com.haevn.layers.secrets.SecretsLayer;
import com.haevn.modules.addons.ClusterAddons;
import com.haevn.modules.addons.ClusterAddonsProps;
import com.haevn.modules.addons.ClusterConnection;
import com.haevn.modules.addons.PodSecurity;
import com.haevn.modules.secrets.SecretSpec;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.Token;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1;
import com.hashicorp.cdktf.providers.kubernetes.namespace_v1.NamespaceV1Metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per environment and region: the add-ons of the region's cluster ({@link ClusterAddons}) from the {@code addons}
 * section. It reaches the cluster with the runtime's endpoint and CA, annotates the service accounts with the
 * runtime's IRSA roles, binds the front door's blue and green target groups, and has the collector's token copied
 * from the secrets layer's Grafana Cloud secret. Publishes {@link AddonsExports}.
 */
public final class AddonsLayer implements Layer {

    public static final String NAME = "addons";
    /** The {@code addons} section of the environment files. */
    public static final SettingsSection<AddonsSettings> SETTINGS = new AddonsSettingsSection();

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    static final Import<FrontdoorExports> FRONTDOOR = Import.sameRegion(FrontdoorExports.KEY);
    static final Import<SecretsExports> SECRETS = Import.global(SecretsExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME, FRONTDOOR, SECRETS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        AddonsSettings settings = environment.settings(SETTINGS);
        RuntimeExports runtime = exports.read(RUNTIME);
        FrontdoorExports frontdoor = exports.read(FRONTDOOR);
        ClusterAddons addons = new ClusterAddons(stack, "addons", ClusterAddonsProps.builder()
                .cluster(connection(stack, runtime))
                .vpcId(exports.read(NETWORK).vpcId())
                .charts(settings.charts())
                .loadBalancerControllerRoleArn(runtime.loadBalancerControllerRoleArn())
                .externalSecretsRoleArn(runtime.externalSecretsRoleArn())
                .collectorRoleArn(runtime.collectorRoleArn())
                .targetGroupArns(Map.of("blue", frontdoor.blueTargetGroupArn(),
                        "green", frontdoor.greenTargetGroupArn()))
                .applicationNamespace(settings.applicationNamespace())
                .serviceNames(settings.serviceNames())
                .servicePort(settings.servicePort())
                .secretStoreNamespaces(settings.secretStoreNamespaces())
                .grafanaCloud(settings.grafanaCloud())
                .grafanaCloudTokenSecret(tokenSecretName(environment, settings, exports.read(SECRETS)))
                .replicas(settings.replicas())
                .labels(labels(environment))
                .build());
        gameDayNamespace(environment).ifPresent(namespace -> NamespaceV1.Builder.create(stack, "game-day-namespace")
                .provider(addons.kubernetesProvider())
                .metadata(NamespaceV1Metadata.builder().name(namespace)
                        .labels(new TreeMap<>(withRestrictedPodSecurity(labels(environment)))).build())
                .build());
        exports.publish(AddonsExports.KEY, new AddonsExports(addons.collectorOtlpEndpoint(),
                ClusterAddons.SECRET_STORE));
    }

    /**
     * The namespace the dr layer's monthly game day runs its synthetic load in (staging and production with the
     * game day): it must exist before the schedule's first run, and the schedule may edit only it.
     */
    private static Optional<String> gameDayNamespace(Environment environment) {
        DrSettings dr = environment.settings(DrLayer.SETTINGS);
        return environment.tier().requiresHighAvailability() && dr.gameDay()
                ? Optional.of(dr.gameDaySchedule().load().namespace()) : Optional.empty();
    }

    private static Map<String, String> withRestrictedPodSecurity(Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.putAll(PodSecurity.RESTRICTED);
        return all;
    }

    /** The cluster of the stack's region, as the runtime stack exports it. */
    public static ClusterConnection connection(PlatformStack stack, RuntimeExports runtime) {
        return new ClusterConnection(runtime.clusterName(), stack.region().region().name(),
                runtime.clusterEndpoint(), runtime.clusterCertificateAuthority());
    }

    /** The labels of every Kubernetes object the platform's stacks create. */
    public static Map<String, String> labels(Environment environment) {
        return Map.of("app.kubernetes.io/managed-by", "terraform", "haevn.io/environment", environment.name());
    }

    /**
     * The full name of the token's secret, read from the secrets stack's exports (so this stack deploys after the
     * secret exists). The entry must be an external secret of the {@code secrets} section: its value comes from
     * Grafana Cloud, never from Terraform.
     */
    private static String tokenSecretName(Environment environment, AddonsSettings settings, SecretsExports secrets) {
        List<SecretSpec> entries = environment.settings(SecretsLayer.SETTINGS).secrets();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).name().equals(settings.tokenSecret())) {
                if (!(entries.get(i) instanceof SecretSpec.External)) {
                    throw new IllegalStateException(environment.name() + ": addons.grafana_cloud.token_secret "
                            + settings.tokenSecret() + " must be a secret of kind external (Grafana Cloud issues it)");
                }
                return Token.asString(Fn.element(Token.asList(secrets.secretNames()), i));
            }
        }
        throw new IllegalStateException(environment.name() + ": addons.grafana_cloud.token_secret "
                + settings.tokenSecret() + " is not an entry of the secrets section; add it there with kind external");
    }
}
