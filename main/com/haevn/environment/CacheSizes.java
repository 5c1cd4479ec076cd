package com.haevn.environment;

import java.util.Objects;

/**
 * Size of the ElastiCache Redis replication group (cluster mode) in each region.
 *
 * @param nodeType         ElastiCache node type, e.g. {@code cache.r6g.large}
 * @param shards           number of shards (node groups), at least 1
 * @param replicasPerShard read replicas in each shard, 0 to 5
 */
public record CacheSizes(String nodeType, int shards, int replicasPerShard) {

    public CacheSizes {
        Objects.requireNonNull(nodeType, "nodeType");
    }
}
