package com.haevn.validate.dr;

/** How a replication mechanism measures up against an asset's RPO/RTO. */
public enum Verdict {
    /** A guaranteed bound within the target. */
    MEETS,
    /** No guarantee, but the documented typical figures are within the target. */
    BEST_EFFORT,
    /** The documented figures (or their absence) cannot show the target is met. */
    CANNOT_MEET,
    /** The input holds the asset but no cross-region mechanism at all. */
    NO_MECHANISM
}
