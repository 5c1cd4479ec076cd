package com.haevn.validate.rules;

import com.haevn.validate.rules.model.Resource;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts what companions whose target cannot be told (an {@code aws_s3_bucket_versioning} whose {@code bucket} is
 * {@code "${var.x}"}) can serve. Each instance of one serves one target at most, so when the targets left without a
 * certain companion outnumber those instances, some of them certainly lack it, though which ones cannot be told:
 * every one of them is reported, with the count. When the instances suffice (or are unbounded: {@code for_each},
 * an unknown {@code count}), nothing is reported: each target may be served.
 */
public final class CompanionShortfall {

    private CompanionShortfall() {
    }

    /**
     * Why the {@code undetermined} targets (no certain companion, some possible one) certainly are not all served,
     * or empty when they may all be.
     */
    public static Optional<String> of(RuleContext context, List<Resource> undetermined, String companionType,
                                      String path) {
        if (undetermined.isEmpty()) {
            return Optional.empty();
        }
        Set<Resource> possible = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Resource target : undetermined) {
            possible.addAll(context.index().possibleCompanions(target, companionType, path));
        }
        long capacity = 0;
        for (Resource companion : possible) {
            capacity = companion.instanceCapacity() == Long.MAX_VALUE ? Long.MAX_VALUE
                    : Math.min(Long.MAX_VALUE - 1, capacity + companion.instanceCapacity());
            if (capacity == Long.MAX_VALUE) {
                return Optional.empty();
            }
        }
        if (capacity >= undetermined.size()) {
            return Optional.empty();
        }
        List<Resource> sorted = possible.stream().sorted((a, b) -> a.address().compareTo(b.address())).toList();
        String companions = sorted.stream().map(c -> c.address() + " (" + path + " = " + c.attr(path).display() + ")")
                .collect(Collectors.joining(", "));
        String targets = undetermined.stream().map(Resource::address).collect(Collectors.joining(", "));
        return Optional.of("; the only " + companionType + " that may refer to it cannot be told before apply: "
                + (companions.isEmpty() ? "none" : companions) + ", which can serve at most " + capacity + " of the "
                + undetermined.size() + " without a certain one (" + targets + "), so at least "
                + (undetermined.size() - capacity) + " of them lack it");
    }
}
