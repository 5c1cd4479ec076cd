package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.schema.ProviderSchemas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prices synthesized stacks with the price table and each environment's usage assumptions. An environment without
 * assumptions (a synth of an environment no file describes) is priced with {@link UsageAssumptions#DEFAULTS}.
 */
public final class CostEstimator {

    private final PriceTable table;
    private final Map<String, UsageAssumptions> usage;
    private final List<String> order;
    private final Map<String, BigDecimal> budgets;
    private final ProviderSchemas schemas;

    /**
     * @param usage   the usage assumptions of each environment
     * @param order   the environments in report order (production first)
     * @param budgets the monthly budget of each environment
     */
    public CostEstimator(PriceTable table, Map<String, UsageAssumptions> usage, List<String> order,
                         Map<String, BigDecimal> budgets) {
        this.table = table;
        this.usage = Map.copyOf(usage);
        this.order = List.copyOf(order);
        this.budgets = Map.copyOf(budgets);
        this.schemas = ProviderSchemas.bundled();
    }

    /** Estimates every stack of {@code all} that {@code selected} admits; the others only serve remote-state lookups. */
    public CostEstimate estimate(List<SynthesizedStack> all, java.util.function.Predicate<SynthesizedStack> selected) {
        Map<String, SynthesizedStack> byName = all.stream()
                .collect(Collectors.toMap(SynthesizedStack::name, Function.identity(), (a, b) -> a));
        ResourcePricing pricing = new ResourcePricing(table, name -> Optional.ofNullable(byName.get(name)));
        List<StackCost> stacks = all.stream().filter(selected).map(stack -> price(stack, pricing)).toList();
        return CostEstimate.of(stacks, order, budgets);
    }

    public CostEstimate estimate(List<SynthesizedStack> all) {
        return estimate(all, stack -> true);
    }

    private StackCost price(SynthesizedStack stack, ResourcePricing pricing) {
        String region = stack.region().orElse("unknown region");
        UsageAssumptions assumptions = usage.getOrDefault(stack.environment(), UsageAssumptions.DEFAULTS);
        List<ResourceCost> resources = new ArrayList<>();
        List<String> untaggable = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> types = stack.resources().fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            boolean untaggableCost = !NoChargeTypes.TYPES.contains(type.getKey()) && schemas.resource(type.getKey())
                    .map(s -> !s.attributes().containsKey("tags")).orElse(false);
            for (Iterator<Map.Entry<String, JsonNode>> named = type.getValue().fields(); named.hasNext(); ) {
                Map.Entry<String, JsonNode> resource = named.next();
                String resourceRegion = stack.regionOf(resource.getValue()).orElse("unknown region");
                resources.add(pricing.price(stack, resourceRegion, assumptions, type.getKey(), resource.getKey(),
                        resource.getValue()));
                if (untaggableCost) {
                    untaggable.add(type.getKey() + "." + resource.getKey());
                }
            }
        }
        return new StackCost(stack.name(), stack.environment(), region, resources, untaggable);
    }
}
