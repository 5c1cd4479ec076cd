package com.haevn.modules.data;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plain RDS PostgreSQL instance with Multi-AZ: a synchronous standby in another AZ that RDS fails over to (the
 * standby serves no reads).
 *
 * @param instanceClass          e.g. {@code db.m6g.large}
 * @param allocatedStorageGib    gp3 storage at creation, in GiB (20..65536)
 * @param maxAllocatedStorageGib the ceiling of storage autoscaling, in GiB (at least {@code allocatedStorageGib})
 */
public record RdsMultiAz(String instanceClass, int allocatedStorageGib, int maxAllocatedStorageGib)
        implements DatabaseEngine {

    public static final int MIN_STORAGE_GIB = 20;
    public static final int MAX_STORAGE_GIB = 65_536;
    public static final Pattern INSTANCE_CLASS = Pattern.compile("db\\.[a-z0-9-]+\\.[a-z0-9]+");

    public RdsMultiAz {
        Objects.requireNonNull(instanceClass, "instanceClass");
        if (!INSTANCE_CLASS.matcher(instanceClass).matches()) {
            throw new IllegalArgumentException("instanceClass must look like db.m6g.large, got " + instanceClass);
        }
        if (allocatedStorageGib < MIN_STORAGE_GIB || allocatedStorageGib > MAX_STORAGE_GIB) {
            throw new IllegalArgumentException("allocatedStorageGib must be " + MIN_STORAGE_GIB + ".." + MAX_STORAGE_GIB
                    + ", got " + allocatedStorageGib);
        }
        if (maxAllocatedStorageGib < allocatedStorageGib || maxAllocatedStorageGib > MAX_STORAGE_GIB) {
            throw new IllegalArgumentException("maxAllocatedStorageGib must be " + allocatedStorageGib + ".."
                    + MAX_STORAGE_GIB + ", got " + maxAllocatedStorageGib);
        }
    }
}
