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
     * Layers whose stacks must be applied before this layer's although it reads none of their exports (the front
     * door waits for validation records the zone stack creates). Each stack then depends, in the manifest, on the
     * named layer's stack it relies on when that stack is synthesized with it: the platform stack, its
     * environment's global stack, or its own region's stack. Such a dependency does not select that stack. None by
     * default.
     */
    default List<String> appliedAfter() {
        return List.of();
    }

    /**
     * Adds the layer's constructs to its stack, reading its settings from {@code stack.environment()}, what it
     * imports from {@code exports}, and publishing there what later layers need.
     */
    void build(PlatformStack stack, StackExports exports);
}
