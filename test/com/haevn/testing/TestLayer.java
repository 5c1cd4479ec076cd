package com.haevn.testing;

import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.function.BiConsumer;

/** A layer made up by a test: a name, a placement, what it imports, and what it builds. */
public record TestLayer(String name, Placement placement, List<Import<?>> imports,
                        BiConsumer<PlatformStack, StackExports> builder) implements Layer {

    /** A regional test layer. */
    public TestLayer(String name, List<Import<?>> imports, BiConsumer<PlatformStack, StackExports> builder) {
        this(name, Placement.REGIONAL, imports, builder);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        builder.accept(stack, exports);
    }
}
