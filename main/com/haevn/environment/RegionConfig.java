package com.haevn.environment;

import com.haevn.modules.network.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * One region an environment runs in.
 *
 * @param region            the AWS region
 * @param vpcCidr           the VPC's address range, unique across all environments and regions
 * @param availabilityZones the AZs used, in order; the network layer puts one private and one public subnet in each
 */
public record RegionConfig(AwsRegion region, Cidr vpcCidr, List<String> availabilityZones) {

    public RegionConfig {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcCidr, "vpcCidr");
        availabilityZones = List.copyOf(availabilityZones);
    }
}
