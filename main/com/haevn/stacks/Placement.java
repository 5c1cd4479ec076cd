package com.haevn.stacks;

/** Where a layer's stacks stand in the matrix. */
public enum Placement {
    /** One stack per environment and region: {@code <env>-<region short>-<layer>}. */
    REGIONAL,
    /** One stack per environment, in its primary region: {@code <env>-global-<layer>}. */
    GLOBAL
}
