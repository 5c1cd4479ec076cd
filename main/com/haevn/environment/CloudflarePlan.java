package com.haevn.environment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Cloudflare plan of the zone: which features exist and how many rules each ruleset phase may hold. */
public enum CloudflarePlan {
    FREE, PRO, BUSINESS, ENTERPRISE;

    /** The name as written in the environment files, e.g. {@code pro}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<CloudflarePlan> fromConfigName(String name) {
        return Arrays.stream(values()).filter(plan -> plan.configName().equals(name)).findFirst();
    }
}
