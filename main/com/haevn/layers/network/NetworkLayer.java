package com.haevn.layers.network;

import com.haevn.environment.RegionConfig;
import com.haevn.environment.SettingsSection;
import com.haevn.modules.network.Network;
import com.haevn.modules.network.NetworkProps;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.Optional;

/**
 * Per environment and region: the VPC with a public and a private subnet in each configured availability zone,
 * carved by the network module's default subnet layout; NAT gateways and flow-log retention from the
 * {@code network} section. Publishes {@link NetworkExports}.
 */
public final class NetworkLayer implements Layer {

    public static final String NAME = "network";
    /** The {@code network} section of the environment files. */
    public static final SettingsSection<NetworkSettings> SETTINGS = new NetworkSettingsSection();

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
    public void build(PlatformStack stack, StackExports exports) {
        NetworkSettings settings = stack.environment().settings(SETTINGS);
        RegionConfig region = stack.region();
        Network network = new Network(stack, "network", NetworkProps.builder()
                .name(stack.environment().name() + "-" + region.region().shortCode())
                .region(region.region().name())
                .vpcCidr(region.vpcCidr())
                .availabilityZones(region.availabilityZones())
                .natGateways(settings.natGateways())
                .flowLogRetentionDays(settings.flowLogRetentionDays())
                .build());
        exports.publish(NetworkExports.KEY,
                new NetworkExports(network.vpcId(), network.publicSubnetIds(), network.privateSubnetIds(),
                        network.privateRouteTableIds()));
    }
}
