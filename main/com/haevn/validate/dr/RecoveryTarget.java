package com.haevn.validate.dr;

import java.time.Duration;
import java.util.Objects;

/**
 * How much data an asset may lose and how long it may be down after losing a region.
 *
 * @param rpo recovery point objective: the most data loss allowed (positive)
 * @param rto recovery time objective: the longest outage allowed (positive)
 */
public record RecoveryTarget(Duration rpo, Duration rto) {

    public RecoveryTarget {
        Objects.requireNonNull(rpo, "rpo");
        Objects.requireNonNull(rto, "rto");
        if (rpo.isNegative() || rpo.isZero() || rto.isNegative() || rto.isZero()) {
            throw new IllegalArgumentException("RPO and RTO must be positive, got RPO " + rpo + " and RTO " + rto);
        }
    }

    /** The way the environment files and targets files write a target. */
    public static RecoveryTarget of(long rpoSeconds, long rtoMinutes) {
        return new RecoveryTarget(Duration.ofSeconds(rpoSeconds), Duration.ofMinutes(rtoMinutes));
    }

    /** "RPO 15 s, RTO 60 min". */
    public String describe() {
        return "RPO " + Durations.format(rpo) + ", RTO " + Durations.format(rto);
    }
}
