package com.haevn.modules.cache;

/** The part a replication group plays in an ElastiCache global datastore. */
public enum GlobalRole {
    /** Not in a global datastore: one region. */
    NONE,
    /** The primary: it accepts writes, and the construct creates the global datastore around it. */
    PRIMARY,
    /** A read-only secondary in another region that joins an existing global datastore. */
    SECONDARY
}
