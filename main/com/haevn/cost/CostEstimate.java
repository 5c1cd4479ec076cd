package com.haevn.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The estimate of a selection of stacks, grouped by environment in the given order (production first).
 *
 * @param environments the environments in report order, each with its stacks
 * @param budgets      the monthly budget of each environment, where known
 */
public record CostEstimate(Map<String, List<StackCost>> environments, Map<String, BigDecimal> budgets) {

    public CostEstimate {
        Map<String, List<StackCost>> copy = new LinkedHashMap<>();
        environments.forEach((name, stacks) -> copy.put(name, List.copyOf(stacks)));
        environments = java.util.Collections.unmodifiableMap(copy);
        budgets = Map.copyOf(budgets);
    }

    /**
     * Groups stacks by environment: the environments of {@code order} first, in that order, then any other
     * (stacks of an environment no file describes) by name; stacks by name within each.
     */
    public static CostEstimate of(List<StackCost> stacks, List<String> order, Map<String, BigDecimal> budgets) {
        List<String> names = new ArrayList<>(order);
        new TreeSet<>(stacks.stream().map(StackCost::environment).toList()).stream()
                .filter(name -> !names.contains(name)).forEach(names::add);
        Map<String, List<StackCost>> grouped = new LinkedHashMap<>();
        for (String name : names) {
            List<StackCost> of = stacks.stream().filter(s -> s.environment().equals(name))
                    .sorted(java.util.Comparator.comparing(StackCost::stack)).toList();
            if (!of.isEmpty()) {
                grouped.put(name, of);
            }
        }
        return new CostEstimate(grouped, budgets);
    }

    public CostRange environmentCost(String environment) {
        return environments.getOrDefault(environment, List.of()).stream().map(StackCost::cost)
                .reduce(CostRange.ZERO, CostRange::plus);
    }

    public Set<String> environmentNotPriced(String environment) {
        Set<String> names = new TreeSet<>();
        environments.getOrDefault(environment, List.of()).forEach(s -> names.addAll(s.notPriced()));
        return names;
    }

    public Optional<BigDecimal> budget(String environment) {
        return Optional.ofNullable(budgets.get(environment));
    }

    public CostRange total() {
        return environments.keySet().stream().map(this::environmentCost).reduce(CostRange.ZERO, CostRange::plus);
    }

    public Set<String> notPriced() {
        Set<String> names = new TreeSet<>();
        environments.keySet().forEach(e -> names.addAll(environmentNotPriced(e)));
        return names;
    }

    public List<StackCost> stacks() {
        return environments.values().stream().flatMap(List::stream).toList();
    }
}
