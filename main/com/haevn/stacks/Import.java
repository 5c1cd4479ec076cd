package com.haevn.stacks;

import java.util.List;
import java.util.Objects;

/**
 * What one layer reads of another's exports, and from which stack of the same environment. A layer lists its imports
 * in {@link Layer#imports()}: they decide its dependencies (the layers registered before it, the stacks selected with
 * it, the deploy order) and it can read nothing else.
 *
 * @param key   what is read
 * @param scope which of the producing layer's stacks it is read from
 * @param <T>   the record type
 */
public record Import<T extends Record>(ExportKey<T> key, Scope scope) {

    /** Which stack of the producing layer an import reads from. */
    public enum Scope {
        /** The regional stack of the consumer's own environment and region. */
        SAME_REGION,
        /** The environment's global stack, from any region. */
        GLOBAL,
        /** The regional stack in the environment's primary region, e.g. the primary of a global database. */
        PRIMARY_REGION,
        /**
         * The regional stack in the environment's first region (the state's home), which a primary-region switch
         * does not move: the other end of a link that must survive the switch, e.g. the VPC peering.
         */
        FIRST_REGION,
        /** The regional stack of every region of the consumer's environment, e.g. every front door of a traffic stack. */
        EVERY_REGION,
        /** The regional stack of every region of every environment: only a {@link Placement#PLATFORM} stack reads so. */
        EVERY_ENVIRONMENT;

        /** Whether the import reads several stacks ({@link StackExports#readAll}) rather than one. */
        public boolean many() {
            return this == EVERY_REGION || this == EVERY_ENVIRONMENT;
        }
    }

    public Import {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
    }

    public static <T extends Record> Import<T> sameRegion(ExportKey<T> key) {
        return new Import<>(key, Scope.SAME_REGION);
    }

    public static <T extends Record> Import<T> global(ExportKey<T> key) {
        return new Import<>(key, Scope.GLOBAL);
    }

    public static <T extends Record> Import<T> primaryRegion(ExportKey<T> key) {
        return new Import<>(key, Scope.PRIMARY_REGION);
    }

    public static <T extends Record> Import<T> firstRegion(ExportKey<T> key) {
        return new Import<>(key, Scope.FIRST_REGION);
    }

    public static <T extends Record> Import<T> everyRegion(ExportKey<T> key) {
        return new Import<>(key, Scope.EVERY_REGION);
    }

    public static <T extends Record> Import<T> everyEnvironment(ExportKey<T> key) {
        return new Import<>(key, Scope.EVERY_ENVIRONMENT);
    }

    /** The stacks this import reads from, for a stack of the consumer's layer, among the stacks of the matrix. */
    List<StackId> producersFor(StackSpec consumer, List<StackSpec> matrix) {
        return switch (scope) {
            case EVERY_REGION -> consumer.environment().regions().stream()
                    .map(region -> StackId.regional(consumer.environment().name(), region.region(), key.layer()))
                    .toList();
            case EVERY_ENVIRONMENT -> matrix.stream().filter(stack -> stack.layer().name().equals(key.layer()))
                    .map(StackSpec::id).toList();
            default -> List.of(producerFor(consumer));
        };
    }

    /**
     * The stack this import reads from, for a stack of the consumer's layer (variants read the base stacks).
     *
     * @throws IllegalStateException for an import of {@linkplain Scope#many() several} stacks
     */
    StackId producerFor(StackSpec consumer) {
        String environment = consumer.environment().name();
        return switch (scope) {
            case SAME_REGION -> StackId.regional(environment, consumer.region().region(), key.layer());
            case GLOBAL -> StackId.global(environment, key.layer());
            case PRIMARY_REGION -> StackId.regional(environment, consumer.environment().primaryRegion().region(),
                    key.layer());
            case FIRST_REGION -> StackId.regional(environment, consumer.environment().regions().get(0).region(),
                    key.layer());
            case EVERY_REGION, EVERY_ENVIRONMENT -> throw new IllegalStateException(this + " reads several stacks");
        };
    }

    @Override
    public String toString() {
        return key + " (" + scope.name().toLowerCase().replace('_', ' ') + ")";
    }
}
