package com.haevn.testing;

import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.function.BiConsumer;

/** A regional layer made up by a test: a name, the layers it reads exports from, and what it builds. */
public record TestLayer(String name, List<String> dependsOn, BiConsumer<PlatformStack, StackExports> builder)
        implements Layer {

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        builder.accept(stack, exports);
    }
}
