package com.haevn.environment;

import java.util.Objects;

/**
 * The recovery targets of the seed's three stateful assets.
 *
 * @param coreDb        the core PostgreSQL database ({@code core_db})
 * @param objectStorage the S3 object storage ({@code object_storage})
 * @param redis         the Redis cache ({@code redis})
 */
public record RecoveryTargets(RecoveryTarget coreDb, RecoveryTarget objectStorage, RecoveryTarget redis) {

    public RecoveryTargets {
        Objects.requireNonNull(coreDb, "coreDb");
        Objects.requireNonNull(objectStorage, "objectStorage");
        Objects.requireNonNull(redis, "redis");
    }
}
