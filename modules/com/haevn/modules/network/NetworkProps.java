package com.haevn.modules.network;

import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link Network}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param name                 prefix of every resource's Name tag, e.g. {@code prod-use1}
 * @param region               AWS region the VPC lives in; names the gateway endpoints' services
 * @param vpcCidr              the VPC's IPv4 range, e.g. {@code 10.40.0.0/16}
 * @param availabilityZones    one public and one private subnet per zone, in this order; two or three
 * @param publicSubnetCidrs    one per zone, inside the VPC; default: {@link SubnetLayout#publicSubnets}
 * @param privateSubnetCidrs   one per zone, inside the VPC; default: {@link SubnetLayout#privateSubnets}
 * @param natGateways          NAT gateways per zone or one shared; default {@link NatGatewayMode#PER_AZ}
 * @param flowLogRetentionDays how long VPC flow logs are kept in CloudWatch Logs, in days; default
 *                             {@link #DEFAULT_FLOW_LOG_RETENTION_DAYS}
 */
public record NetworkProps(String name, String region, Cidr vpcCidr, List<String> availabilityZones,
                           List<String> publicSubnetCidrs, List<String> privateSubnetCidrs,
                           NatGatewayMode natGateways, int flowLogRetentionDays) {

    /** A year: long enough to investigate an incident found late. */
    public static final int DEFAULT_FLOW_LOG_RETENTION_DAYS = 365;

    public NetworkProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcCidr, "vpcCidr");
        Objects.requireNonNull(natGateways, "natGateways");
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
        for (String subnet : concat(publicSubnetCidrs, privateSubnetCidrs)) {
            if (!vpcCidr.contains(Cidr.parse(subnet))) {
                throw new IllegalArgumentException("subnet " + subnet + " is outside the VPC range " + vpcCidr);
            }
        }
        if (flowLogRetentionDays < 1) {
            throw new IllegalArgumentException("flowLogRetentionDays must be at least 1, got " + flowLogRetentionDays);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Builds {@link NetworkProps}; subnet ranges not given are carved by {@link SubnetLayout}. */
    public static final class Builder {
        private String name;
        private String region;
        private Cidr vpcCidr;
        private List<String> availabilityZones = List.of();
        private List<String> publicSubnetCidrs;
        private List<String> privateSubnetCidrs;
        private NatGatewayMode natGateways = NatGatewayMode.PER_AZ;
        private int flowLogRetentionDays = DEFAULT_FLOW_LOG_RETENTION_DAYS;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder vpcCidr(Cidr vpcCidr) {
            this.vpcCidr = vpcCidr;
            return this;
        }

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder publicSubnetCidrs(List<String> publicSubnetCidrs) {
            this.publicSubnetCidrs = publicSubnetCidrs;
            return this;
        }

        public Builder privateSubnetCidrs(List<String> privateSubnetCidrs) {
            this.privateSubnetCidrs = privateSubnetCidrs;
            return this;
        }

        public Builder natGateways(NatGatewayMode natGateways) {
            this.natGateways = natGateways;
            return this;
        }

        public Builder flowLogRetentionDays(int flowLogRetentionDays) {
            this.flowLogRetentionDays = flowLogRetentionDays;
            return this;
        }

        public NetworkProps build() {
            Objects.requireNonNull(vpcCidr, "vpcCidr");
            int zones = availabilityZones.size();
            return new NetworkProps(name, region, vpcCidr, availabilityZones,
                    publicSubnetCidrs != null ? publicSubnetCidrs : SubnetLayout.publicSubnets(vpcCidr, zones),
                    privateSubnetCidrs != null ? privateSubnetCidrs : SubnetLayout.privateSubnets(vpcCidr, zones),
                    natGateways, flowLogRetentionDays);
        }
    }
}
