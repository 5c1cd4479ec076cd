package com.haevn.stacks;

import com.haevn.environment.SettingsSection;

import java.util.List;
import java.util.Optional;

/**
 * One layer of the platform (network, runtime, data...). A layer is one folder, {@code main/com/haevn/layers/<layer>/},
 * holding this class, its settings and its exports, plus one line in {@code com.haevn.layers.Layers}; the matrix then
 * gives it a stack per environment and region (or per environment). {@code docs/adding-a-layer.md} walks through it.
 */
public interface Layer {

    /** The layer's name in stack names and the {@code Layer} cost-allocation tag: lowercase, e.g. {@code network}. */
    String name();

    Placement placement();

    /** Where the layer's stacks keep their state; {@link StateLocation#REMOTE} for every layer but the bootstrap. */
    default StateLocation stateLocation() {
        return StateLocation.REMOTE;
    }

    /** The section of the environment files this layer reads, named after it; none by default. */
    default Optional<SettingsSection<?>> settings() {
        return Optional.empty();
    }

    /**
     * What this layer reads of other layers' exports. Its dependencies follow from these: the producing layers must
     * be registered before it, selecting one of its stacks selects the producing stacks too, and its stacks deploy
     * after theirs. Reading anything not listed here fails. None by default.
     */
    default List<Import<?>> imports() {
        return List.of();
    }

    /**
     * Adds the layer's constructs to its stack, reading its settings from {@code stack.environment()}, what it
     * imports from {@code exports}, and publishing there what later layers need.
     */
    void build(PlatformStack stack, StackExports exports);
}
