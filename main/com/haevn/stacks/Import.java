package com.haevn.stacks;

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
        FIRST_REGION
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

    /** The stack this import reads from, for a stack of the consumer's layer (variants read the base stacks). */
    StackId producerFor(StackSpec consumer) {
        String environment = consumer.environment().name();
        return switch (scope) {
            case SAME_REGION -> StackId.regional(environment, consumer.region().region(), key.layer());
            case GLOBAL -> StackId.global(environment, key.layer());
            case PRIMARY_REGION -> StackId.regional(environment, consumer.environment().primaryRegion().region(),
                    key.layer());
            case FIRST_REGION -> StackId.regional(environment, consumer.environment().regions().get(0).region(),
                    key.layer());
        };
    }

    @Override
    public String toString() {
        return key + " (" + scope.name().toLowerCase().replace('_', ' ') + ")";
    }
}
