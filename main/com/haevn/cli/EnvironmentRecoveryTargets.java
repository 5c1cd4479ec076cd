package com.haevn.cli;

import com.haevn.environment.Environment;
import com.haevn.validate.dr.RecoveryTarget;
import com.haevn.validate.dr.RecoveryTargets;
import com.haevn.validate.dr.RecoveryTargetsByStack;

import java.util.Collection;

/**
 * The RPO/RTO targets the DR check applies to the project's own stacks: each environment's {@code recovery_targets}
 * for its stacks (stack folders named {@code <env>-...}), the seed's table for anything else. The validator knows
 * nothing of environments; this is where the two meet.
 */
final class EnvironmentRecoveryTargets {

    private EnvironmentRecoveryTargets() {
    }

    static RecoveryTargetsByStack of(Collection<Environment> environments) {
        RecoveryTargetsByStack targets = RecoveryTargetsByStack.seed();
        for (Environment environment : environments) {
            var own = environment.recoveryTargets();
            targets = targets.withStackPrefix(environment.name() + "-", RecoveryTargets.of(
                    target(own.coreDb()), target(own.objectStorage()), target(own.redis())));
        }
        return targets;
    }

    private static RecoveryTarget target(com.haevn.environment.RecoveryTarget target) {
        return RecoveryTarget.of(target.rpoSeconds(), target.rtoMinutes());
    }
}
