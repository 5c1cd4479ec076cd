package com.haevn.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The monthly change per stack between two synths (a pull request's base and head): stacks added, removed or whose
 * estimate or unpriced items changed.
 *
 * @param changes the changed stacks, by name
 */
public record CostDiff(List<StackChange> changes) {

    /**
     * One stack's change.
     *
     * @param stack          the stack's name
     * @param base           its estimate in the base synth, if it exists there
     * @param head           its estimate in the head synth, if it exists there
     * @param change         head minus base
     * @param newlyUnpriced  unpriced items the head adds
     */
    public record StackChange(String stack, Optional<CostRange> base, Optional<CostRange> head, CostRange change,
                              Set<String> newlyUnpriced) {
    }

    public CostDiff {
        changes = List.copyOf(changes);
    }

    public static CostDiff between(CostEstimate base, CostEstimate head) {
        Map<String, StackCost> before = byName(base);
        Map<String, StackCost> after = byName(head);
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<StackChange> changes = new ArrayList<>();
        for (String name : names) {
            Optional<StackCost> was = Optional.ofNullable(before.get(name));
            Optional<StackCost> is = Optional.ofNullable(after.get(name));
            CostRange change = is.map(StackCost::cost).orElse(CostRange.ZERO)
                    .minus(was.map(StackCost::cost).orElse(CostRange.ZERO));
            Set<String> unpriced = new TreeSet<>(is.map(StackCost::notPriced).orElse(Set.of()));
            unpriced.removeAll(was.map(StackCost::notPriced).orElse(Set.of()));
            if (!change.isZero() || !unpriced.isEmpty() || was.isEmpty() != is.isEmpty()) {
                changes.add(new StackChange(name, was.map(StackCost::cost), is.map(StackCost::cost), change, unpriced));
            }
        }
        return new CostDiff(changes);
    }

    public CostRange total() {
        return changes.stream().map(StackChange::change).reduce(CostRange.ZERO, CostRange::plus);
    }

    private static Map<String, StackCost> byName(CostEstimate estimate) {
        Map<String, StackCost> map = new LinkedHashMap<>();
        estimate.stacks().forEach(s -> map.put(s.stack(), s));
        return map;
    }
}
