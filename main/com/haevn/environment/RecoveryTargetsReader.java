package com.haevn.environment;

import java.util.List;
import java.util.Optional;

/** Reads and checks {@code recovery_targets}: a positive RPO and RTO for each stateful asset. */
final class RecoveryTargetsReader {

    static final List<String> KEYS = List.of("core_db", "object_storage", "redis");
    static final List<String> TARGET_KEYS = List.of("rpo_seconds", "rto_minutes");

    private RecoveryTargetsReader() {
    }

    static Optional<RecoveryTargets> read(MappingReader root, FileProblems problems) {
        Optional<MappingReader> targets = root.mapping("recovery_targets", KEYS);
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Optional<RecoveryTarget> coreDb = target(targets.get(), "core_db", problems);
        Optional<RecoveryTarget> objectStorage = target(targets.get(), "object_storage", problems);
        Optional<RecoveryTarget> redis = target(targets.get(), "redis", problems);
        if (coreDb.isEmpty() || objectStorage.isEmpty() || redis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecoveryTargets(coreDb.get(), objectStorage.get(), redis.get()));
    }

    private static Optional<RecoveryTarget> target(MappingReader targets, String asset, FileProblems problems) {
        Optional<MappingReader> target = targets.mapping(asset, TARGET_KEYS);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> rpo = target.get().integer("rpo_seconds").flatMap(v -> positive(v, "seconds", problems));
        Optional<Integer> rto = target.get().integer("rto_minutes").flatMap(v -> positive(v, "minutes", problems));
        if (rpo.isEmpty() || rto.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecoveryTarget(rpo.get(), rto.get()));
    }

    private static Optional<Integer> positive(Located<Integer> value, String unit, FileProblems problems) {
        if (value.value() > 0) {
            return Optional.of(value.value());
        }
        problems.add(value, value.value() + " is not a recovery target; use a positive number of " + unit);
        return Optional.empty();
    }
}
