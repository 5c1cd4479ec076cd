package com.haevn.stacks.layers;

import com.haevn.environment.Cidr;
import com.haevn.environment.Environment;
import com.haevn.environment.NatGatewayMode;
import com.haevn.environment.RegionConfig;
import com.haevn.modules.network.Network;
import com.haevn.modules.network.NetworkProps;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.TerraformOutput;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Per environment and region: the VPC with a public and a private subnet in each configured availability zone.
 * Private subnets take the first three quarters of the VPC range (one quarter each), public subnets a sixteenth
 * each from the last quarter, which leaves a sixteenth free for later use.
 */
public final class NetworkLayer implements Layer {

    /** What later layers (runtime, data, cache, front door) read from the network of their environment and region. */
    public record Exports(String vpcId, List<String> publicSubnetIds, List<String> privateSubnetIds) {
    }

    @Override
    public String name() {
        return "network";
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        RegionConfig region = stack.region();
        Cidr vpc = region.vpcCidr();
        int zones = region.availabilityZones().size();
        Network network = new Network(stack, "network", new NetworkProps(
                environment.name() + "-" + region.region().shortCode(),
                region.region().name(),
                vpc.toString(),
                region.availabilityZones(),
                IntStream.range(0, zones).mapToObj(i -> vpc.subnet(4, 12 + i).toString()).toList(),
                IntStream.range(0, zones).mapToObj(i -> vpc.subnet(2, i).toString()).toList(),
                environment.network().natGateways() == NatGatewayMode.PER_AZ,
                environment.network().flowLogRetentionDays()));

        TerraformOutput.Builder.create(stack, "vpc_id").value(network.vpcId()).build();
        TerraformOutput.Builder.create(stack, "public_subnet_ids").value(network.publicSubnetIds()).build();
        TerraformOutput.Builder.create(stack, "private_subnet_ids").value(network.privateSubnetIds()).build();
        exports.publish(Exports.class, stack.spec(),
                new Exports(network.vpcId(), network.publicSubnetIds(), network.privateSubnetIds()));
    }
}
