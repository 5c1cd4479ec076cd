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
                appliedAfter(stack, built);
                built.add(stack);
                progress.accept(spec, built.size());
            }
        }
        return built;
    }

    /** Makes the stack depend on the built stacks of the layers it is applied after (see Layer#appliedAfter). */
    private static void appliedAfter(PlatformStack stack, List<PlatformStack> built) {
        StackSpec spec = stack.spec();
        for (String layer : spec.layer().appliedAfter()) {
            for (PlatformStack earlier : built) {
                StackSpec other = earlier.spec();
                boolean relied = switch (other.layer().placement()) {
                    case PLATFORM -> true;
                    case GLOBAL -> other.environment().name().equals(spec.environment().name());
                    case REGIONAL, LINKED_TO_FIRST_REGION -> other.environment().name().equals(spec.environment().name())
                            && other.region().equals(spec.region());
                };
                if (other.layer().name().equals(layer) && other.id().variant().isEmpty() && relied) {
                    stack.addDependency(earlier);
                }
            }
        }
    }
}
