package com.haevn.validate.dr;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The RPO/RTO target of each asset of the recovery table, which the DR check applies. {@link #seed()} is the
 * seed document's table; the project's own stacks get their environment's {@code recovery_targets}
 * (see {@link RecoveryTargetsByStack}), Terraform JSON from elsewhere a targets file ({@link RecoveryTargetsFile}).
 */
public final class RecoveryTargets {

    private static final RecoveryTargets SEED = new RecoveryTargets(Map.of(
            RecoveryAsset.CORE_DB, RecoveryTarget.of(15, 60),
            RecoveryAsset.OBJECT_STORAGE, RecoveryTarget.of(60, 240),
            RecoveryAsset.REDIS, RecoveryTarget.of(5, 30)));

    private final Map<RecoveryAsset, RecoveryTarget> targets;

    private RecoveryTargets(Map<RecoveryAsset, RecoveryTarget> targets) {
        EnumMap<RecoveryAsset, RecoveryTarget> copy = new EnumMap<>(RecoveryAsset.class);
        copy.putAll(targets);
        for (RecoveryAsset asset : RecoveryAsset.values()) {
            Objects.requireNonNull(copy.get(asset), () -> "no recovery target for " + asset.label());
        }
        this.targets = copy;
    }

    /** The seed's table: Core DB RPO 15 s / RTO 60 min, Object Storage 60 s / 4 h, Redis 5 s / 30 min. */
    public static RecoveryTargets seed() {
        return SEED;
    }

    /** Targets for every asset (each must be given). */
    public static RecoveryTargets of(RecoveryTarget coreDb, RecoveryTarget objectStorage, RecoveryTarget redis) {
        return new RecoveryTargets(Map.of(RecoveryAsset.CORE_DB, coreDb, RecoveryAsset.OBJECT_STORAGE, objectStorage,
                RecoveryAsset.REDIS, redis));
    }

    /** These targets with {@code asset}'s replaced. */
    public RecoveryTargets with(RecoveryAsset asset, RecoveryTarget target) {
        EnumMap<RecoveryAsset, RecoveryTarget> changed = new EnumMap<>(targets);
        changed.put(asset, Objects.requireNonNull(target, "target"));
        return new RecoveryTargets(changed);
    }

    public RecoveryTarget target(RecoveryAsset asset) {
        return targets.get(asset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryTargets that && targets.equals(that.targets);
    }

    @Override
    public int hashCode() {
        return targets.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        targets.forEach((asset, target) -> out.append(out.isEmpty() ? "" : "; ").append(asset.label()).append(' ')
                .append(target.describe()));
        return out.toString();
    }
}
