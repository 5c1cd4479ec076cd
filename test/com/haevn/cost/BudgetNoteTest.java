package com.haevn.cost;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static com.haevn.cost.CostFixtures.runtimeStack;
import static com.haevn.cost.CostFixtures.synth;
import static org.assertj.core.api.Assertions.assertThat;

/** The synth prices itself: budgets, tiers and usage assumptions from each environment's costs stack. */
class BudgetNoteTest {

    private static String costsStack(String env, String tier, String limit, String natGb) {
        return """
                {"provider": {"aws": [{"region": "us-east-1", "default_tags": [{"tags": {"Environment": "%s"}}]}]},
                 "resource": {"aws_budgets_budget": {"budget": {
                   "//": {"haevn_cost_usage": {"nat_gb_per_gateway": "%s"}, "haevn_tier": "%s"},
                   "limit_amount": "%s"}}}}
                """.formatted(env, natGb, tier, limit);
    }

    @Test
    void readsEachEnvironmentsBudgetAndAssumptionsAndOrdersProductionFirst(@TempDir Path temp) throws IOException {
        Path out = synth(temp, Map.of(
                "dev-global-costs", costsStack("dev", "development", "300", "0"),
                "prod-global-costs", costsStack("prod", "production", "5000", "1000"),
                "dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3),
                "prod-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3).replace("\"dev\"", "\"prod\"")));

        CostEstimate estimate = BudgetNote.estimator(PriceTable.load(PriceTable.DEFAULT_FILE),
                SynthesizedStack.readAll(out)).estimate(SynthesizedStack.readAll(out));

        assertThat(estimate.environments().keySet()).containsExactly("prod", "dev");
        assertThat(estimate.budget("prod")).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("5000"));
        // the NAT gateway's data differs only by the assumption: dev 0 GB, prod 1,000 GB × $0.045 = $45.00
        assertThat(estimate.environmentCost("prod").low().subtract(estimate.environmentCost("dev").low()))
                .isEqualByComparingTo("45");
    }
}
