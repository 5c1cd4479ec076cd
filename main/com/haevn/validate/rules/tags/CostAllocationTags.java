package com.haevn.validate.rules.tags;

import java.util.List;

/** The cost-allocation tag keys every taggable resource carries (the platform's tagging convention). */
public final class CostAllocationTags {

    /** Required keys, in the order reports list them. */
    public static final List<String> REQUIRED =
            List.of("Environment", "Layer", "CostCenter", "Owner", "ManagedBy", "Repository");

    private CostAllocationTags() {
    }
}
