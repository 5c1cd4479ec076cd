package com.haevn.stacks;

/** Where a layer's stacks stand in the matrix. */
public enum Placement {
    /** One stack per environment and region: {@code <env>-<region short>-<layer>}. */
    REGIONAL,
    /** One stack per environment, in its primary region: {@code <env>-global-<layer>}. */
    GLOBAL,
    /**
     * One stack per environment and region other than the first ({@code <env>-usw2-<layer>}), none in a one-region
     * environment: each owns its region's link to the first region, whose place a primary-region switch does not
     * move (a link owned by the primary would be replaced by the switch, when it is needed most).
     */
    LINKED_TO_FIRST_REGION,
    /**
     * One stack for the whole platform, for what every environment shares (the one Cloudflare zone): it is kept by
     * the owning environment ({@link StackMatrix#owner}, the production one), in that environment's primary region
     * and state, named {@code <owner>-global-<layer>}, and it may read the exports of every environment
     * ({@link Import.Scope#EVERY_ENVIRONMENT}).
     */
    PLATFORM
}
