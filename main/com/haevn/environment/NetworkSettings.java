package com.haevn.environment;

import java.util.Objects;

/**
 * Network settings shared by every region of an environment.
 *
 * @param natGateways          one NAT gateway for the VPC or one per AZ
 * @param flowLogRetentionDays how long VPC flow logs are kept; a value CloudWatch Logs accepts
 */
public record NetworkSettings(NatGatewayMode natGateways, int flowLogRetentionDays) {

    public NetworkSettings {
        Objects.requireNonNull(natGateways, "natGateways");
    }
}
