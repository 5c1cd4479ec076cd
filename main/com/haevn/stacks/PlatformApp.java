package com.haevn.stacks;

import com.hashicorp.cdktf.App;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Adds the stacks of a (selected) matrix to a cdktf app, layer by layer in dependency order. */
public final class PlatformApp {

    private PlatformApp() {
    }

    /**
     * @param progress told of each stack as it is built: (the stack, how many are built so far including it)
     */
    public static List<PlatformStack> addStacks(App app, StackMatrix matrix, BiConsumer<StackSpec, Integer> progress) {
        ExportRegistry exports = new ExportRegistry();
        List<PlatformStack> built = new ArrayList<>();
        for (Layer layer : matrix.layers()) {
            for (StackSpec spec : matrix.stacks()) {
                if (spec.layer() != layer) {
                    continue;
                }
                PlatformStack stack = new PlatformStack(app, spec);
                layer.build(stack, exports.forStack(stack));
                built.add(stack);
                progress.accept(spec, built.size());
            }
        }
        return built;
    }
}
