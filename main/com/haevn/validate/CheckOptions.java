package com.haevn.validate;

import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.dr.RecoveryTargetsByStack;
import com.haevn.validate.plan.AllowedDestructiveChanges;

import java.util.Objects;

/**
 * What a run of the checks is told besides its inputs. {@link #defaults()} is what {@code haevn validate} does
 * without options; each {@code with...} gives a copy with one thing changed:
 * <pre>
 * CheckOptions.defaults()
 *         .withRecoveryTargets(RecoveryTargetsByStack.seed().withStackPrefix("prod-", prodTargets))
 * </pre>
 *
 * @param allowedDestroys destroyed or replaced stateful resources accepted, with reasons (HVN-CHG-001)
 * @param roots           which inputs are root configurations, where root-only rules apply
 * @param recoveryTargets the RPO/RTO targets the DR check applies to each input (HVN-DR-*)
 */
public record CheckOptions(AllowedDestructiveChanges allowedDestroys, RootConfigurations roots,
                           RecoveryTargetsByStack recoveryTargets) {

    public CheckOptions {
        Objects.requireNonNull(allowedDestroys, "allowedDestroys");
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(recoveryTargets, "recoveryTargets");
    }

    /** Nothing allowed to be destroyed, roots detected from each input's contents, the seed's recovery targets. */
    public static CheckOptions defaults() {
        return new CheckOptions(AllowedDestructiveChanges.none(), RootConfigurations.detect(),
                RecoveryTargetsByStack.seed());
    }

    public CheckOptions withAllowedDestroys(AllowedDestructiveChanges allowed) {
        return new CheckOptions(allowed, roots, recoveryTargets);
    }

    public CheckOptions withRoots(RootConfigurations given) {
        return new CheckOptions(allowedDestroys, given, recoveryTargets);
    }

    public CheckOptions withRecoveryTargets(RecoveryTargetsByStack targets) {
        return new CheckOptions(allowedDestroys, roots, targets);
    }
}
