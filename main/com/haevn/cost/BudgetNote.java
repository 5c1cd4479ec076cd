package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a synthesized budget ({@code aws_budgets_budget} of an environment's costs stack) tells the estimate: its
 * amount, and in the resource's {@code "//"} comment object (which terraform ignores) the environment's usage
 * assumptions and tier. A synth is thereby priced from itself, without environment files.
 *
 * @param environment the environment of the stack declaring the budget
 * @param tier        its tier ({@code production}, {@code staging}, {@code development}), for report order
 * @param budget      the budget's monthly amount in USD
 * @param usage       its usage assumptions
 */
public record BudgetNote(String environment, String tier, BigDecimal budget, UsageAssumptions usage) {

    public static final String USAGE_KEY = "haevn_cost_usage";
    public static final String TIER_KEY = "haevn_tier";
    private static final List<String> TIERS = List.of("production", "staging", "development");

    /** The notes of every budget of the synth that carries one, production first, then by environment name. */
    public static List<BudgetNote> of(List<SynthesizedStack> stacks) {
        List<BudgetNote> notes = new ArrayList<>();
        for (SynthesizedStack stack : stacks) {
            for (Iterator<JsonNode> it = stack.resources().path("aws_budgets_budget").elements(); it.hasNext(); ) {
                read(stack.environment(), it.next()).ifPresent(notes::add);
            }
        }
        notes.sort(Comparator.comparing((BudgetNote n) -> TIERS.indexOf(n.tier()) < 0 ? TIERS.size()
                : TIERS.indexOf(n.tier())).thenComparing(BudgetNote::environment));
        return notes;
    }

    /** The note of one budget resource, if it carries one and a plain amount. */
    public static Optional<BudgetNote> read(String environment, JsonNode budget) {
        JsonNode comment = budget.path("//");
        String limit = budget.path("limit_amount").asText("");
        if (!comment.has(USAGE_KEY) || !limit.matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BudgetNote(environment, comment.path(TIER_KEY).asText(""), new BigDecimal(limit),
                UsageAssumptions.fromJson(comment.path(USAGE_KEY))));
    }

    /** An estimator with each noted environment's assumptions and budget; other environments take the defaults. */
    public static CostEstimator estimator(PriceTable table, List<SynthesizedStack> stacks) {
        Map<String, UsageAssumptions> usage = new HashMap<>();
        Map<String, BigDecimal> budgets = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (BudgetNote note : of(stacks)) {
            if (usage.putIfAbsent(note.environment(), note.usage()) == null) {
                budgets.put(note.environment(), note.budget());
                order.add(note.environment());
            }
        }
        return new CostEstimator(table, usage, order, budgets);
    }
}
