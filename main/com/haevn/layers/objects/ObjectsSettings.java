package com.haevn.layers.objects;

import com.haevn.modules.objects.BucketSpec;
import com.haevn.modules.objects.LifecycleDays;

import java.util.List;

/**
 * The {@code objects} section of an environment file, the same in every region of the environment.
 *
 * @param buckets                the buckets, in file order ({@code buckets})
 * @param days                   the lifecycle, Object Lock and access-log days
 * @param crossRegionReplication whether each region's buckets replicate to the environment's other region
 *                               ({@code cross_region_replication})
 */
public record ObjectsSettings(List<BucketSpec> buckets, LifecycleDays days, boolean crossRegionReplication) {

    public ObjectsSettings {
        buckets = List.copyOf(buckets);
    }
}
