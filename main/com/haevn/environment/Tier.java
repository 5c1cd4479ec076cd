package com.haevn.environment;

import java.util.Arrays;
import java.util.Optional;

/** How much an environment matters, which decides how much redundancy it must have. */
public enum Tier {
    DEVELOPMENT("development"),
    STAGING("staging"),
    PRODUCTION("production");

    private final String yamlValue;

    Tier(String yamlValue) {
        this.yamlValue = yamlValue;
    }

    /** The spelling used in the YAML files, e.g. {@code production}. */
    public String yamlValue() {
        return yamlValue;
    }

    /**
     * True for staging and production: staging mirrors prod's topology, and both must survive the loss of
     * one availability zone (the seed's monthly "AZ-Gone" game day), so they need 3 AZs, Multi-AZ databases
     * and cache replicas.
     */
    public boolean requiresHighAvailability() {
        return this != DEVELOPMENT;
    }

    static Optional<Tier> fromYaml(String value) {
        return Arrays.stream(values()).filter(t -> t.yamlValue.equals(value)).findFirst();
    }
}
