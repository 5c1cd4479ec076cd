package com.haevn.stacks;

import com.haevn.environment.Environment;

import java.util.Map;
import java.util.TreeMap;

/**
 * The cost-allocation tags every taggable AWS resource carries, through the AWS provider's {@code default_tags}.
 * Activate these keys as cost-allocation tags in the billing console to split the bill by them.
 */
public final class CostAllocationTags {

    /** The repository that manages the resources, as the {@code Repository} tag names it. */
    public static final String REPOSITORY = "haevn/infrastructure";
    public static final String MANAGED_BY = "cdktf";

    private CostAllocationTags() {
    }

    /** Sorted by key so every synth renders them in the same order. */
    public static Map<String, String> of(Environment environment, Layer layer) {
        Map<String, String> tags = new TreeMap<>();
        tags.put("Environment", environment.name());
        tags.put("Layer", layer.name());
        tags.put("CostCenter", environment.costAllocation().costCenter());
        tags.put("Owner", environment.costAllocation().owner());
        tags.put("ManagedBy", MANAGED_BY);
        tags.put("Repository", REPOSITORY);
        return tags;
    }
}
