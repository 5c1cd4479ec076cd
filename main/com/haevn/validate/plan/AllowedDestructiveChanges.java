package com.haevn.validate.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The allow-list of destructive changes: exact addresses only, never patterns, each with its reason. */
public final class AllowedDestructiveChanges {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    public AllowedDestructiveChanges(List<AllowedDestructiveChange> allowed) {
        for (AllowedDestructiveChange change : allowed) {
            reasons.putIfAbsent(change.address(), change.reason());
        }
    }

    public static AllowedDestructiveChanges none() {
        return new AllowedDestructiveChanges(List.of());
    }

    /** The reason given for destroying exactly this address, if it is allowed. */
    public Optional<String> reasonFor(String address) {
        return Optional.ofNullable(reasons.get(address));
    }
}
