package com.haevn.layers.runtime;

import com.haevn.environment.SettingsSection;
import com.haevn.layers.alerts.AlertsExports;
import com.haevn.layers.network.NetworkExports;
import com.haevn.modules.runtime.KubernetesRuntime;
import com.haevn.modules.runtime.RuntimeProps;
import com.haevn.stacks.CostAllocationTags;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the EKS cluster {@code haevn-<env>-<region short>} in the network's private subnets,
 * with the versions, sizes and access of the {@code runtime} section; its alarms notify the region's alerts topic.
 * Publishes {@link RuntimeExports}.
 */
public final class RuntimeLayer implements Layer {

    public static final String NAME = "runtime";
    /** The {@code runtime} section of the environment files. */
    public static final SettingsSection<RuntimeSettings> SETTINGS = new RuntimeSettingsSection();
    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<AlertsExports> ALERTS = Import.sameRegion(AlertsExports.KEY);

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
        return List.of(NETWORK, ALERTS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        RuntimeSettings settings = stack.environment().settings(SETTINGS);
        NetworkExports network = exports.read(NETWORK);
        AlertsExports alerts = exports.read(ALERTS);
        String environment = stack.environment().name();
        KubernetesRuntime runtime = new KubernetesRuntime(stack, "runtime", RuntimeProps.builder()
                .clusterName(clusterName(environment, stack.region().region().shortCode()))
                .region(stack.region().region().name())
                .accountId(stack.environment().accountId())
                .kubernetesVersion(settings.kubernetesVersion())
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .publicAccessCidrs(settings.publicAccessCidrs())
                .logRetentionDays(settings.logRetentionDays())
                .nodeGroups(settings.nodeGroups())
                .addonVersions(settings.addonVersions())
                .accessRoles(settings.accessRoles())
                .alarmTopicArn(alerts.topicArn())
                .externalSecretsPrefix("haevn/" + environment + "/")
                .instanceTags(CostAllocationTags.of(stack.environment(), this))
                .build());
        var cluster = runtime.cluster();
        exports.publish(RuntimeExports.KEY, new RuntimeExports(
                cluster.getName(),
                cluster.getEndpoint(),
                cluster.getCertificateAuthority().get(0).getData(),
                runtime.clusterSecurityGroupId(),
                runtime.nodeSecurityGroupId(),
                runtime.oidcProviderArn(),
                runtime.oidcIssuer(),
                runtime.role(KubernetesRuntime.LOAD_BALANCER_CONTROLLER).arn(),
                runtime.role(KubernetesRuntime.EXTERNAL_SECRETS).arn(),
                runtime.role(KubernetesRuntime.COLLECTOR).arn()));
    }

    /** {@code haevn-prod-use1}. */
    static String clusterName(String environment, String regionShortCode) {
        return "haevn-" + environment + "-" + regionShortCode;
    }
}
