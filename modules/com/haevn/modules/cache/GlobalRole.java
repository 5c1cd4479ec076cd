package com.haevn.modules.cache;

/** The part a replication group plays in an ElastiCache global datastore. */
public enum GlobalRole {
    /** Not in a global datastore: one region. */
    NONE,
    /**
     * The first primary: it accepts writes, and the construct creates the global datastore around it. Promoting
     * another member changes nothing in the configuration: the datastore ignores its primary member from then on.
     */
    PRIMARY,
    /** A read-only secondary in another region that joins an existing global datastore. */
    SECONDARY
}
