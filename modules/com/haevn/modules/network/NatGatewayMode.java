package com.haevn.modules.network;

/** How many NAT gateways give a {@link Network}'s private subnets their egress. */
public enum NatGatewayMode {
    /** One NAT gateway in the first zone, shared by all: cheaper, but egress fails with that zone. */
    SINGLE,
    /** One NAT gateway in each zone, each private subnet routed through its own: losing a zone keeps the others' egress. */
    PER_AZ
}
