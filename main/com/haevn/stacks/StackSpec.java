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

    public boolean global() {
        return layer.placement() == Placement.GLOBAL;
    }
}
