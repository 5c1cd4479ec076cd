package com.haevn.layers.peering;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.modules.peering.PeeredVpc;
import com.haevn.modules.peering.RegionPeering;
import com.haevn.modules.peering.RegionPeeringProps;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.Token;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The regions of an environment, connected: each region other than the first peers its VPC with the first region's
 * ({@code prod-usw2-peering}; none in a one-region environment), owning both ends of the link through the first
 * region's aliased provider, so no stack reads the other's outputs but the one-way join to the first region's
 * network and nodes. The owner is fixed by the first region, which a primary-region switch does not move
 * (docs/runbook-region-switch.md): a switch leaves the peering as it is. With a third region the peerings form a
 * hub at the first region (VPC peering is not transitive; docs/peering.md).
 */
public final class PeeringLayer implements Layer {

    public static final String NAME = "peering";
    /** The {@code peering} section of the environment files. */
    public static final SettingsSection<PeeringSettings> SETTINGS = new PeeringSettingsSection();

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    static final Import<NetworkExports> FIRST_NETWORK = Import.firstRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> FIRST_RUNTIME = Import.firstRegion(RuntimeExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.LINKED_TO_FIRST_REGION;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME, FIRST_NETWORK, FIRST_RUNTIME);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        RegionConfig own = stack.region();
        RegionConfig first = environment.regions().get(0);
        new RegionPeering(stack, "peering", new RegionPeeringProps(
                "haevn-" + environment.name() + "-" + own.region().shortCode() + "-" + first.region().shortCode(),
                environment.accountId(),
                end(own, exports.read(NETWORK), exports.read(RUNTIME), stack.awsProvider()),
                end(first, exports.read(FIRST_NETWORK), exports.read(FIRST_RUNTIME), stack.awsProviderFor(first)),
                environment.settings(SETTINGS).nodePorts()));
    }

    /** One end: its private route tables (one per AZ of the region, read from the network's exported list). */
    private static PeeredVpc end(RegionConfig region, NetworkExports network, RuntimeExports runtime,
                                 TerraformProvider provider) {
        List<String> routeTables = IntStream.range(0, region.availabilityZones().size())
                .mapToObj(i -> Token.asString(Fn.element(network.privateRouteTableIds(), i)))
                .toList();
        return new PeeredVpc(region.region().name(), network.vpcId(), region.vpcCidr(), routeTables,
                runtime.nodeSecurityGroupId(), provider);
    }
}
