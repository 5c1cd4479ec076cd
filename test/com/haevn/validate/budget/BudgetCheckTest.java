package com.haevn.validate.budget;

import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.haevn.cost.CostFixtures.runtimeStack;
import static com.haevn.cost.CostFixtures.synth;
import static org.assertj.core.api.Assertions.assertThat;

class BudgetCheckTest {

    /** The costs stack of dev: a budget of {@code limit} USD carrying the default usage assumptions. */
    private static String costsStack(String limit) {
        return """
                {"provider": {"aws": [{"region": "us-east-1", "default_tags": [{"tags": {"Environment": "dev"}}]}]},
                 "resource": {"aws_budgets_budget": {"budget": {
                   "//": {"haevn_cost_usage": {"nat_gb_per_gateway": "100"}},
                   "name": "haevn-dev-monthly", "budget_type": "COST", "limit_amount": "%s", "limit_unit": "USD",
                   "time_unit": "MONTHLY"}}}}
                """.formatted(limit);
    }

    private static List<Finding> budgetFindings(Path out) {
        return new Validator(List.of(new BudgetCheck()), Suppressions.none()).validate(List.of(out)).findings()
                .stream().filter(f -> f.ruleId().equals(BudgetCheck.INFO.id())).toList();
    }

    @Test
    void anEstimateWhoseUpperEndExceedsTheBudgetIsReportedWithTheFigures(@TempDir Path temp) throws IOException {
        // by hand (CostEstimatorTest): $169.92 – $289.05
        Path out = synth(temp, Map.of("dev-global-costs", costsStack("250"),
                "dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3)));

        assertThat(budgetFindings(out)).singleElement().satisfies(finding -> {
            assertThat(finding.address()).isEqualTo("aws_budgets_budget.budget");
            assertThat(finding.message()).isEqualTo("the monthly estimate of dev is $169.92 – $289.05 (2 stacks, 0 "
                    + "item(s) not priced); its upper end exceeds the budget $250 of aws_budgets_budget.budget by $39.05");
        });
    }

    @Test
    void anEstimateWithinTheBudgetOrAnotherEnvironmentsStacksGiveNoFinding(@TempDir Path temp) throws IOException {
        Path within = synth(temp.resolve("a"), Map.of("dev-global-costs", costsStack("300"),
                "dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3)));
        Path other = synth(temp.resolve("b"), Map.of("dev-global-costs", costsStack("250"),
                "prod-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3).replace("\"dev\"", "\"prod\"")));

        assertThat(budgetFindings(within)).isEmpty();
        assertThat(budgetFindings(other)).isEmpty();
    }
}
