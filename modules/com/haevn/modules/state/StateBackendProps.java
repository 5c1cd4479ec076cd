package com.haevn.modules.state;

import java.util.Objects;

/**
 * Settings of a {@link StateBackend}.
 *
 * @param bucketName                     the state bucket's name (globally unique)
 * @param lockTableName                  the DynamoDB lock table's name
 * @param noncurrentVersionRetentionDays how long superseded state versions are kept before they expire, in days.
 *                                       Every apply writes a new version; this is how far back a state can be
 *                                       restored. {@link #DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS} by default.
 */
public record StateBackendProps(String bucketName, String lockTableName, int noncurrentVersionRetentionDays) {

    /** 90 days: a full quarter of state history, longer than the 35-day database snapshots it may have to match. */
    public static final int DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS = 90;

    public StateBackendProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(lockTableName, "lockTableName");
        if (noncurrentVersionRetentionDays < 1) {
            throw new IllegalArgumentException(
                    "noncurrentVersionRetentionDays must be at least 1, got " + noncurrentVersionRetentionDays);
        }
    }

    public StateBackendProps(String bucketName, String lockTableName) {
        this(bucketName, lockTableName, DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS);
    }
}
