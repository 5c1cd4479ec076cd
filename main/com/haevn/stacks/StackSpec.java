package com.haevn.stacks;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;

/**
 * One cell of the stack matrix: which layer, for which environment, in which region. Global stacks use the
 * environment's primary region.
 */
public record StackSpec(StackId id, Environment environment, RegionConfig region, Layer layer) {

    public String name() {
        return id.name();
    }

    /** Whether the stack stands for its whole environment (or the platform) rather than one region. */
    public boolean global() {
        return layer.placement() != Placement.REGIONAL;
    }

    /** The same cell's stack for a variant (a per-PR review stack), with its own name and state key. */
    public StackSpec withVariant(String variant) {
        return new StackSpec(id.withVariant(variant), environment, region, layer);
    }
}
