package com.haevn.environment;

import java.util.Objects;

/**
 * How big each sized layer is; the same in every region of the environment.
 *
 * @param runtime the EKS node group
 * @param data    the Aurora cluster
 * @param cache   the Redis replication group
 */
public record Sizes(RuntimeSizes runtime, DataSizes data, CacheSizes cache) {

    public Sizes {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cache, "cache");
    }
}
