package com.haevn.environment;

import java.util.List;
import java.util.Objects;

/**
 * One deployment environment (dev, staging, prod, ...), as described by {@code environments/<name>.yaml}: what is
 * not any one layer's. Each layer's own settings are in {@link #settings(SettingsSection)}. Instances from
 * {@link EnvironmentLoader} have passed every check; the constructor itself only guards against nulls and an empty
 * region list.
 *
 * @param name            lowercase name, equal to the file name stem, e.g. {@code prod}
 * @param tier            development, staging or production
 * @param accountId       the 12-digit AWS account id
 * @param costAllocation  cost-allocation tag values
 * @param dns             the Cloudflare zone serving the environment (the same zone for every environment)
 * @param regions         the regions in file order; the first is the state layer's home (docs/state.md)
 * @param primaryRegion   one of {@code regions}: where the global stacks run, the writers live and the other
 *                        regions read primary-region exports from ({@code primary_region}, default the first)
 * @param recoveryTargets RPO / RTO per stateful asset
 * @param layerSettings   the sections of the layers, e.g. {@code network}
 */
public record Environment(String name, Tier tier, String accountId, CostAllocation costAllocation, DnsZone dns,
                          List<RegionConfig> regions, RegionConfig primaryRegion,
                          RecoveryTargets recoveryTargets, LayerSettings layerSettings) {

    public Environment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(costAllocation, "costAllocation");
        Objects.requireNonNull(dns, "dns");
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("environment " + name + " needs at least one region");
        }
        Objects.requireNonNull(primaryRegion, "primaryRegion");
        if (!regions.contains(primaryRegion)) {
            throw new IllegalArgumentException("environment " + name + ": primary region " + primaryRegion.region()
                    + " is not one of its regions");
        }
        Objects.requireNonNull(recoveryTargets, "recoveryTargets");
        Objects.requireNonNull(layerSettings, "layerSettings");
    }

    /** The settings one layer reads from its section of the file. */
    public <T> T settings(SettingsSection<T> section) {
        return layerSettings.get(section);
    }
}
