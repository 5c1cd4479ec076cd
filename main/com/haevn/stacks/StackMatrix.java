package com.haevn.stacks;

import com.haevn.environment.Environment;
import com.haevn.environment.Environments;
import com.haevn.environment.RegionConfig;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Every stack of the platform: environment × region × layer, plus one stack per environment for global layers. */
public final class StackMatrix {

    private final List<Layer> layers;
    private final List<StackSpec> stacks;

    private StackMatrix(List<Layer> layers, List<StackSpec> stacks) {
        this.layers = List.copyOf(layers);
        this.stacks = List.copyOf(stacks);
    }

    public static StackMatrix of(Environments environments, List<Layer> layers) {
        requireDependenciesListedFirst(layers);
        List<StackSpec> stacks = new ArrayList<>();
        for (Environment environment : environments.all()) {
            for (Layer layer : layers) {
                if (layer.placement() == Placement.PLATFORM) {
                    if (environment.equals(owner(environments))) {
                        stacks.add(new StackSpec(StackId.global(environment.name(), layer.name()),
                                environment, environment.primaryRegion(), layer));
                    }
                } else if (layer.placement() == Placement.GLOBAL) {
                    stacks.add(new StackSpec(StackId.global(environment.name(), layer.name()),
                            environment, environment.primaryRegion(), layer));
                } else {
                    for (RegionConfig region : regionsOf(environment, layer)) {
                        stacks.add(new StackSpec(StackId.regional(environment.name(), region.region(), layer.name()),
                                environment, region, layer));
                    }
                }
            }
        }
        return new StackMatrix(layers, stacks);
    }

    /**
     * The regions a regional layer stands in, in the order its stacks are built: the first region first when the
     * layer reads its own first-region stack, otherwise the primary first (it may read its own primary-region
     * stack); a linked layer skips the first region.
     */
    private static List<RegionConfig> regionsOf(Environment environment, Layer layer) {
        boolean readsOwnFirstRegion = layer.imports().stream().anyMatch(imported ->
                imported.key().layer().equals(layer.name()) && imported.scope() == Import.Scope.FIRST_REGION);
        List<RegionConfig> regions = readsOwnFirstRegion ? new ArrayList<>(environment.regions())
                : primaryFirst(environment);
        if (layer.placement() == Placement.LINKED_TO_FIRST_REGION) {
            regions.remove(environment.regions().get(0));
        }
        return regions;
    }

    /**
     * This matrix with one variant stack of {@code layer}, a layer with no base stacks (a per-PR review app), in the
     * environment's primary region: {@code <env>-<region short>-<layer>-<variant>}. It reads the base stacks' exports
     * and is built after every other layer.
     */
    public StackMatrix withVariant(Layer layer, Environment environment, String variant) {
        if (layers.stream().anyMatch(registered -> registered.name().equals(layer.name()))) {
            throw new IllegalStateException("layer " + layer.name() + " has base stacks; only a layer without any "
                    + "is added as a variant");
        }
        List<Layer> extended = new ArrayList<>(layers);
        extended.add(layer);
        requireDependenciesListedFirst(extended);
        RegionConfig region = environment.primaryRegion();
        List<StackSpec> all = new ArrayList<>(stacks);
        all.add(new StackSpec(StackId.regional(environment.name(), region.region(), layer.name()), environment, region,
                layer).withVariant(variant));
        return new StackMatrix(extended, all);
    }

    /**
     * The environment that keeps the {@link Placement#PLATFORM} stacks: the first of the highest tier (production
     * before staging before development), since the shared edge guards production and its state and deploys are
     * the most restricted.
     */
    public static Environment owner(Environments environments) {
        Environment owner = environments.all().get(0);
        for (Environment environment : environments.all()) {
            if (environment.tier().ordinal() > owner.tier().ordinal()) {
                owner = environment;
            }
        }
        return owner;
    }

    /** The regions with the primary first: a layer's other regions may read its primary-region stack's exports. */
    private static List<RegionConfig> primaryFirst(Environment environment) {
        List<RegionConfig> regions = new ArrayList<>(List.of(environment.primaryRegion()));
        environment.regions().stream().filter(region -> !region.equals(environment.primaryRegion()))
                .forEach(regions::add);
        return regions;
    }

    /** The layers, in dependency order: stacks must be built layer by layer in this order. */
    public List<Layer> layers() {
        return layers;
    }

    public List<StackSpec> stacks() {
        return stacks;
    }

    public List<String> names() {
        return stacks.stream().map(StackSpec::name).toList();
    }

    /**
     * The stacks of the given environments whose names match one of the given patterns (glob: {@code prod-*-network}).
     * An empty collection selects everything. A name or pattern that selects nothing is a usage error. A platform
     * stack belongs to no one environment: naming environments leaves it out (it would otherwise pull in every
     * environment's producers); select it by name, e.g. {@code --stack prod-global-edge}.
     */
    public StackMatrix select(Collection<String> environments, Collection<String> stackPatterns) {
        List<String> knownEnvironments = stacks.stream().map(s -> s.environment().name()).distinct().toList();
        for (String environment : environments) {
            if (!knownEnvironments.contains(environment)) {
                throw new SelectionException("unknown environment '" + environment + "'; known: "
                        + String.join(", ", knownEnvironments));
            }
        }
        List<Predicate<String>> matchers = stackPatterns.stream().map(StackMatrix::globMatcher).toList();
        for (int i = 0; i < matchers.size(); i++) {
            Predicate<String> matcher = matchers.get(i);
            if (stacks.stream().noneMatch(s -> matcher.test(s.name()))) {
                throw new SelectionException("no stack matches '" + stackPatterns.toArray()[i]
                        + "'; run 'haevn list' to see the stack names");
            }
        }
        Set<StackSpec> chosen = new LinkedHashSet<>(stacks.stream()
                .filter(s -> environments.isEmpty() || (environments.contains(s.environment().name())
                        && s.layer().placement() != Placement.PLATFORM))
                .filter(s -> matchers.isEmpty() || matchers.stream().anyMatch(m -> m.test(s.name())))
                .toList());
        addDependencies(chosen);
        return new StackMatrix(layers, stacks.stream().filter(chosen::contains).toList());
    }

    /** Adds, until nothing changes, the stacks each chosen stack reads exports from. */
    private void addDependencies(Set<StackSpec> chosen) {
        Map<StackId, StackSpec> byId = new HashMap<>();
        stacks.forEach(stack -> byId.put(stack.id(), stack));
        List<StackSpec> pending = new ArrayList<>(chosen);
        while (!pending.isEmpty()) {
            StackSpec stack = pending.remove(pending.size() - 1);
            for (Import<?> imported : stack.layer().imports()) {
                for (StackId producerId : imported.producersFor(stack, stacks)) {
                    StackSpec producer = byId.get(producerId);
                    if (producer != null && !producer.equals(stack) && chosen.add(producer)) {
                        pending.add(producer);
                    }
                }
            }
        }
    }

    /**
     * Checks the registry: names unique, each import's producer registered before its consumer and placed as the
     * import's scope requires (a global import names a global layer; the others a regional one).
     */
    private static void requireDependenciesListedFirst(List<Layer> layers) {
        Map<String, Layer> earlier = new HashMap<>();
        for (Layer layer : layers) {
            for (Import<?> imported : layer.imports()) {
                String producerName = imported.key().layer();
                Layer producer = producerName.equals(layer.name()) ? layer : earlier.get(producerName);
                if (producer == null) {
                    throw new IllegalStateException("layer " + layer.name() + " depends on " + producerName
                            + ", which must be registered before it in Layers.ALL");
                }
                Placement needed = imported.scope() == Import.Scope.GLOBAL ? Placement.GLOBAL : Placement.REGIONAL;
                boolean ownOtherRegion = imported.scope() == Import.Scope.PRIMARY_REGION
                        || imported.scope() == Import.Scope.FIRST_REGION;
                if (producer.placement() != needed || (producer == layer && !ownOtherRegion)) {
                    throw new IllegalStateException("layer " + layer.name() + " imports " + imported + ", but layer "
                            + producerName + " is " + producer.placement().name().toLowerCase());
                }
                if (imported.scope() == Import.Scope.EVERY_ENVIRONMENT && layer.placement() != Placement.PLATFORM) {
                    throw new IllegalStateException("layer " + layer.name() + " imports " + imported + ", but only a "
                            + "platform layer reads every environment");
                }
            }
            for (String before : layer.appliedAfter()) {
                if (!earlier.containsKey(before)) {
                    throw new IllegalStateException("layer " + layer.name() + " is applied after " + before
                            + ", which must be registered before it in Layers.ALL");
                }
            }
            List<Import.Scope> ownScopes = layer.imports().stream()
                    .filter(imported -> imported.key().layer().equals(layer.name())).map(Import::scope).toList();
            if (ownScopes.contains(Import.Scope.PRIMARY_REGION) && ownScopes.contains(Import.Scope.FIRST_REGION)) {
                throw new IllegalStateException("layer " + layer.name() + " reads its own primary-region and "
                        + "first-region stacks; its stacks cannot be built in an order that serves both");
            }
            if (earlier.putIfAbsent(layer.name(), layer) != null) {
                throw new IllegalStateException("two layers are named " + layer.name());
            }
        }
    }

    private static Predicate<String> globMatcher(String pattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        return name -> matcher.matches(Path.of(name));
    }

    /** A selection that names nothing known. */
    public static final class SelectionException extends RuntimeException {
        public SelectionException(String message) {
            super(message);
        }
    }
}
