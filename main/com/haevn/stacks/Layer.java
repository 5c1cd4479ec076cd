package com.haevn.stacks;

import java.util.List;

/**
 * One layer of the platform (network, runtime, data...). A layer is one class implementing this interface plus
 * one line in {@link Layers#ALL}; the matrix then gives it a stack per environment and region (or per environment).
 */
public interface Layer {

    /** The layer's name in stack names and the {@code Layer} cost-allocation tag: lowercase, e.g. {@code network}. */
    String name();

    Placement placement();

    /** Where the layer's stacks keep their state; {@link StateLocation#REMOTE} for every layer but the bootstrap. */
    default StateLocation stateLocation() {
        return StateLocation.REMOTE;
    }

    /**
     * The layers whose exports this one reads (by name, each listed before it in {@link Layers#ALL}). Selecting one
     * of this layer's stacks selects their stacks of the same environment and region too: cdktf needs both to wire
     * the reference. None by default.
     */
    default List<String> dependsOn() {
        return List.of();
    }

    /**
     * Adds the layer's constructs to its stack. Values that later layers need are published on
     * {@code exports}; values of earlier layers are read from it (cdktf turns such cross-stack references into
     * outputs and remote-state lookups).
     */
    void build(PlatformStack stack, StackExports exports);
}
