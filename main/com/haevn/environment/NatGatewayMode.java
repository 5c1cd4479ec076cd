package com.haevn.environment;

import java.util.Arrays;
import java.util.Optional;

/** How many NAT gateways a region's VPC gets. */
public enum NatGatewayMode {
    /** One NAT gateway shared by all AZs: cheap, but egress fails with its AZ ({@code single}). */
    SINGLE("single"),
    /** One NAT gateway in each AZ, each private subnet routed through its own ({@code per_az}). */
    PER_AZ("per_az");

    private final String yamlValue;

    NatGatewayMode(String yamlValue) {
        this.yamlValue = yamlValue;
    }

    /** The spelling used in the YAML files. */
    public String yamlValue() {
        return yamlValue;
    }

    static Optional<NatGatewayMode> fromYaml(String value) {
        return Arrays.stream(values()).filter(m -> m.yamlValue.equals(value)).findFirst();
    }
}
