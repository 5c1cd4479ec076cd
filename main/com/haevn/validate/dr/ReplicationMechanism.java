package com.haevn.validate.dr;

import java.time.Duration;
import java.util.Optional;

/**
 * A cross-region replication mechanism and what its vendor documents about it.
 *
 * @param name           how reports name it
 * @param guaranteedRpo  a replication bound the vendor commits to (an SLA), if any
 * @param typicalRpo     the typical replication lag the vendor describes, if it gives one
 * @param typicalRto     the typical recovery (failover/promotion) time the vendor describes, if it gives one
 * @param documentation  the vendor's words, short, for the report
 */
public record ReplicationMechanism(String name, Optional<Duration> guaranteedRpo, Optional<Duration> typicalRpo,
                                   Optional<Duration> typicalRto, String documentation) {
}
