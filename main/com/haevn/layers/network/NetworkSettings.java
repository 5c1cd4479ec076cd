package com.haevn.layers.network;

import com.haevn.modules.network.NatGatewayMode;

import java.util.Objects;

/**
 * The {@code network} section of an environment file, shared by every region of the environment.
 *
 * @param natGateways          one NAT gateway per AZ or one shared ({@code nat_gateways})
 * @param flowLogRetentionDays how long VPC flow logs are kept ({@code flow_log_retention_days})
 */
public record NetworkSettings(NatGatewayMode natGateways, int flowLogRetentionDays) {

    public NetworkSettings {
        Objects.requireNonNull(natGateways, "natGateways");
    }
}
