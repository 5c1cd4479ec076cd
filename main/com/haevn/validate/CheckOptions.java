package com.haevn.validate;

import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.plan.AllowedDestructiveChanges;

import java.util.Objects;

/**
 * What a run of the checks is told besides its inputs: the destructive plan changes a reviewer accepted and which
 * inputs are root configurations. {@link #defaults()} is what {@code haevn validate} does without options.
 *
 * @param allowedDestroys destroyed or replaced stateful resources accepted, with reasons (HVN-CHG-001)
 * @param roots           which inputs are root configurations, where root-only rules apply
 */
public record CheckOptions(AllowedDestructiveChanges allowedDestroys, RootConfigurations roots) {

    public CheckOptions {
        Objects.requireNonNull(allowedDestroys, "allowedDestroys");
        Objects.requireNonNull(roots, "roots");
    }

    /** Nothing allowed to be destroyed; roots detected from each input's contents. */
    public static CheckOptions defaults() {
        return new CheckOptions(AllowedDestructiveChanges.none(), RootConfigurations.detect());
    }

    public CheckOptions withAllowedDestroys(AllowedDestructiveChanges allowed) {
        return new CheckOptions(allowed, roots);
    }

    public CheckOptions withRoots(RootConfigurations given) {
        return new CheckOptions(allowedDestroys, given);
    }
}
