package com.haevn.modules.network;

import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link Network}.
 *
 * @param name                 prefix of every resource's Name tag, e.g. {@code prod-use1}
 * @param region               AWS region the VPC lives in; names the gateway endpoints' services
 * @param vpcCidr              the VPC's IPv4 CIDR block, e.g. {@code 10.40.0.0/16}
 * @param availabilityZones    one public and one private subnet per zone, in this order; at least two
 * @param publicSubnetCidrs    one per availability zone, inside {@code vpcCidr}
 * @param privateSubnetCidrs   one per availability zone, inside {@code vpcCidr}
 * @param natGatewayPerZone    true: one NAT gateway per zone, so losing a zone keeps egress in the others;
 *                             false: one shared NAT gateway in the first zone (cheaper, for dev)
 * @param flowLogRetentionDays how long VPC flow logs are kept in CloudWatch Logs, in days
 */
public record NetworkProps(String name, String region, String vpcCidr, List<String> availabilityZones,
                           List<String> publicSubnetCidrs, List<String> privateSubnetCidrs,
                           boolean natGatewayPerZone, int flowLogRetentionDays) {

    public NetworkProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcCidr, "vpcCidr");
        availabilityZones = List.copyOf(availabilityZones);
        publicSubnetCidrs = List.copyOf(publicSubnetCidrs);
        privateSubnetCidrs = List.copyOf(privateSubnetCidrs);
        if (availabilityZones.size() < 2) {
            throw new IllegalArgumentException("a network needs at least 2 availability zones, got " + availabilityZones);
        }
        if (publicSubnetCidrs.size() != availabilityZones.size() || privateSubnetCidrs.size() != availabilityZones.size()) {
            throw new IllegalArgumentException("one public and one private subnet CIDR per availability zone: zones "
                    + availabilityZones + ", public " + publicSubnetCidrs + ", private " + privateSubnetCidrs);
        }
        if (flowLogRetentionDays < 1) {
            throw new IllegalArgumentException("flowLogRetentionDays must be at least 1, got " + flowLogRetentionDays);
        }
    }
}
