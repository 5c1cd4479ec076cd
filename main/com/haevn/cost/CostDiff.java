package com.haevn.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
     * @param lowChange      the head's low end minus the base's
     * @param highChange     the head's high end minus the base's
     * @param newlyUnpriced  unpriced items the head adds
     */
    public record StackChange(String stack, Optional<CostRange> base, Optional<CostRange> head, BigDecimal lowChange,
                              BigDecimal highChange, Set<String> newlyUnpriced) {

        /** {@code +$59.57} or, when the ends change differently, {@code +$0.00 – +$59.57} (low end, high end). */
        public String signedDollars() {
            return CostDiff.signed(lowChange, highChange);
        }

        boolean isZero() {
            return lowChange.signum() == 0 && highChange.signum() == 0;
        }
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
            CostRange headCost = is.map(StackCost::cost).orElse(CostRange.ZERO);
            CostRange baseCost = was.map(StackCost::cost).orElse(CostRange.ZERO);
            Set<String> unpriced = new TreeSet<>(is.map(StackCost::notPriced).orElse(Set.of()));
            unpriced.removeAll(was.map(StackCost::notPriced).orElse(Set.of()));
            StackChange change = new StackChange(name, was.map(StackCost::cost), is.map(StackCost::cost),
                    headCost.low().subtract(baseCost.low()), headCost.high().subtract(baseCost.high()), unpriced);
            if (!change.isZero() || !unpriced.isEmpty() || was.isEmpty() != is.isEmpty()) {
                changes.add(change);
            }
        }
        return new CostDiff(changes);
    }

    public BigDecimal totalLowChange() {
        return changes.stream().map(StackChange::lowChange).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalHighChange() {
        return changes.stream().map(StackChange::highChange).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String totalSignedDollars() {
        return signed(totalLowChange(), totalHighChange());
    }

    static String signed(BigDecimal low, BigDecimal high) {
        BigDecimal a = low.setScale(2, RoundingMode.HALF_UP);
        BigDecimal b = high.setScale(2, RoundingMode.HALF_UP);
        return a.compareTo(b) == 0 ? signed(a) : signed(a) + " – " + signed(b);
    }

    private static String signed(BigDecimal value) {
        return (value.signum() < 0 ? "-$" : "+$") + value.abs().toPlainString();
    }

    private static Map<String, StackCost> byName(CostEstimate estimate) {
        Map<String, StackCost> map = new LinkedHashMap<>();
        estimate.stacks().forEach(s -> map.put(s.stack(), s));
        return map;
    }
}
