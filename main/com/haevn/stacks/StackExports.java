package com.haevn.stacks;

import java.util.List;

/**
 * The exports one stack's layer sees while it builds: it publishes its own layer's values and reads the values of
 * the layers it imports (and only those: reading anything not declared in {@link Layer#imports()} fails).
 */
public final class StackExports {

    private final ExportRegistry registry;
    private final PlatformStack stack;

    StackExports(ExportRegistry registry, PlatformStack stack) {
        this.registry = registry;
        this.stack = stack;
    }

    /** Publishes this stack's value of one of its layer's export keys, as outputs of the stack. */
    public <T extends Record> void publish(ExportKey<T> key, T value) {
        registry.publish(stack, key, value);
    }

    /** Reads a declared import: each component is a reference into the producer's remote state. */
    public <T extends Record> T read(Import<T> imported) {
        return registry.read(stack, imported);
    }

    /**
     * Reads a declared import of {@linkplain Import.Scope#many() several} stacks: one value per producing stack of the
     * selection, in the matrix's order (environments, then regions primary first).
     */
    public <T extends Record> List<Produced<T>> readAll(Import<T> imported) {
        return registry.readAll(stack, imported);
    }
}
