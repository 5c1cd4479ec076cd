package com.haevn.cost;

/**
 * Where a synthesized budget ({@code aws_budgets_budget} of an environment's costs stack) carries the usage
 * assumptions of its environment: a key of the resource's {@code "//"} comment object, which terraform ignores.
 */
public final class BudgetNote {

    public static final String USAGE_KEY = "haevn_cost_usage";

    private BudgetNote() {
    }
}
