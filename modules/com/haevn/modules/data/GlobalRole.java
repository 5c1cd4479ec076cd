package com.haevn.modules.data;

/** The part an Aurora cluster plays in an Aurora global database. */
public enum GlobalRole {
    /** Not in a global database. */
    NONE,
    /**
     * Creates the global database and is its first writer. A switchover or failover makes another member the writer
     * without any change to the configuration: every member forwards writes while it is a secondary, and the
     * replication source AWS sets on a demoted member is ignored.
     */
    PRIMARY,
    /**
     * Joins an existing global database as a read-only secondary with write forwarding: it has no credentials of its
     * own (they replicate from the primary) and its own region's KMS key.
     */
    SECONDARY
}
