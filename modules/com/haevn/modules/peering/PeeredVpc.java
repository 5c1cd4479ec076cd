package com.haevn.modules.peering;

import com.haevn.modules.network.Cidr;
import com.hashicorp.cdktf.TerraformProvider;

import java.util.List;
import java.util.Objects;

/**
 * One end of a {@link RegionPeering}: a VPC, what routes to it and what may be reached in it.
 *
 * @param region              the VPC's AWS region, e.g. {@code us-east-1}
 * @param vpcId               the VPC
 * @param cidr                its IPv4 range: the other end routes it through the peering
 * @param routeTableIds       the route tables that get a route to the other end (the private subnets'), at least one
 * @param nodeSecurityGroupId the group that admits the other end's range on the peered ports (the runtime's nodes)
 * @param provider            the AWS provider of {@code region}
 */
public record PeeredVpc(String region, String vpcId, Cidr cidr, List<String> routeTableIds, String nodeSecurityGroupId,
                        TerraformProvider provider) {

    public PeeredVpc {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(cidr, "cidr");
        Objects.requireNonNull(nodeSecurityGroupId, "nodeSecurityGroupId");
        Objects.requireNonNull(provider, "provider");
        routeTableIds = List.copyOf(routeTableIds);
        if (routeTableIds.isEmpty()) {
            throw new IllegalArgumentException("the VPC of " + region + " needs at least one route table to the peering");
        }
    }
}
