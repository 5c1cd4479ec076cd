package com.haevn.layers.network;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What later layers (runtime, data, cache, front door, peering) read from the network of their environment and region.
 *
 * @param vpcId            the VPC's id
 * @param publicSubnetIds  one per AZ, in the environment's AZ order: load balancers
 * @param privateSubnetIds one per AZ, in the same order: nodes, databases, caches
 * @param privateRouteTableIds the private subnets' route tables, one per AZ in the same order: the peering adds its
 *                         routes to the other region there
 */
public record NetworkExports(String vpcId, List<String> publicSubnetIds, List<String> privateSubnetIds,
                             List<String> privateRouteTableIds) {

    public static final ExportKey<NetworkExports> KEY = ExportKey.of(NetworkLayer.NAME, NetworkExports.class);
}
