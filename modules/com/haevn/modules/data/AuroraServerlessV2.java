package com.haevn.modules.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An Aurora PostgreSQL Serverless v2 cluster: a writer and {@code readers} reader instances (class
 * {@code db.serverless}), the writer in the first AZ and each reader in the next AZ round the list, so that one
 * reader is in another AZ than the writer as soon as there is one.
 *
 * @param readers        reader instances besides the writer (0..{@value #MAX_READERS}); 0 leaves the cluster in one
 *                       AZ
 * @param minCapacityAcu the least capacity each instance scales down to, in Aurora capacity units (0.5..256, in
 *                       steps of 0.5)
 * @param maxCapacityAcu the most it scales up to, in ACUs (at least {@code minCapacityAcu}, at most 256)
 */
public record AuroraServerlessV2(int readers, BigDecimal minCapacityAcu, BigDecimal maxCapacityAcu)
        implements DatabaseEngine {

    /** Aurora's limit: 15 replicas per cluster. */
    public static final int MAX_READERS = 15;
    public static final BigDecimal MIN_ACU = new BigDecimal("0.5");
    public static final BigDecimal MAX_ACU = new BigDecimal("256");

    public AuroraServerlessV2 {
        Objects.requireNonNull(minCapacityAcu, "minCapacityAcu");
        Objects.requireNonNull(maxCapacityAcu, "maxCapacityAcu");
        if (readers < 0 || readers > MAX_READERS) {
            throw new IllegalArgumentException("readers must be 0.." + MAX_READERS + ", got " + readers);
        }
        if (!validCapacity(minCapacityAcu) || !validCapacity(maxCapacityAcu)) {
            throw new IllegalArgumentException("capacities must be 0.5..256 ACUs in steps of 0.5, got "
                    + minCapacityAcu.toPlainString() + ".." + maxCapacityAcu.toPlainString());
        }
        if (minCapacityAcu.compareTo(maxCapacityAcu) > 0) {
            throw new IllegalArgumentException("minCapacityAcu " + minCapacityAcu.toPlainString()
                    + " is above maxCapacityAcu " + maxCapacityAcu.toPlainString());
        }
    }

    /** 0.5..256 in steps of 0.5, the values Serverless v2 accepts. */
    public static boolean validCapacity(BigDecimal acu) {
        return acu.compareTo(MIN_ACU) >= 0 && acu.compareTo(MAX_ACU) <= 0
                && acu.remainder(MIN_ACU).signum() == 0;
    }
}
