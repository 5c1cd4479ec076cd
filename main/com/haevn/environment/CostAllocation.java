package com.haevn.environment;

import java.util.Objects;

/**
 * The cost-allocation tags put on every taggable resource of an environment.
 *
 * @param costCenter the finance cost center, e.g. {@code CC-4300}
 * @param owner      the owning team, e.g. {@code platform-team}
 */
public record CostAllocation(String costCenter, String owner) {

    public CostAllocation {
        Objects.requireNonNull(costCenter, "costCenter");
        Objects.requireNonNull(owner, "owner");
    }
}
