package com.haevn.validate.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.cost.BudgetNote;
import com.haevn.cost.CostEstimate;
import com.haevn.cost.CostEstimator;
import com.haevn.cost.CostRange;
import com.haevn.cost.PriceTable;
import com.haevn.cost.SynthesizedStack;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HVN-COST-001: in a synth (a folder of stacks), the stack that declares an environment's monthly budget
 * ({@code aws_budgets_budget} with the usage note of {@link BudgetNote}) is judged against the offline estimate
 * of every stack of that environment beside it; the upper end of the estimate must not exceed the budget. Inputs
 * without such a budget, plans, and runs without the price table ({@code pricing/prices.yaml} in the working
 * folder) are not judged.
 */
public final class BudgetCheck implements DocumentCheck {

    public static final RuleInfo INFO = new RuleInfo("HVN-COST-001", Severity.WARNING,
            "An environment's monthly estimate stays within its budget",
            "The seed asks for predictable costs: a change whose estimate (upper end of its ranges: node groups at "
                    + "their maximum size, Aurora at its maximum ACU) exceeds the environment's budget should say so "
                    + "before it is merged, not in the next month's bill. A warning, since the estimate rests on "
                    + "usage assumptions and leaves out what the price table cannot price.",
            "Reduce the change's maximum sizes, or raise costs.monthly_budget_usd in the environment file with the "
                    + "owner's agreement; `./haevn cost --env ENV` shows where the money goes.");

    private final Path priceTable;

    public BudgetCheck() {
        this(PriceTable.DEFAULT_FILE);
    }

    public BudgetCheck(Path priceTable) {
        this.priceTable = priceTable;
    }

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        JsonNode budgets = document.root().path("resource").path("aws_budgets_budget");
        if (document.kind() != DocumentKind.TERRAFORM_JSON || budgets.isEmpty() || !Files.isRegularFile(priceTable)) {
            return List.of();
        }
        Path file = Path.of(document.file()).toAbsolutePath();
        Path stacks = file.getParent() == null ? null : file.getParent().getParent();
        if (stacks == null || !Files.isDirectory(stacks)) {
            return List.of();
        }
        String environment = new SynthesizedStack(file.getParent().getFileName().toString(), document.root())
                .environment();
        List<Finding> findings = new ArrayList<>();
        List<SynthesizedStack> all = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = budgets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> budget = it.next();
            Optional<BudgetNote> note = BudgetNote.read(environment, budget.getValue());
            if (note.isEmpty()) {
                continue;
            }
            if (all == null) {
                all = SynthesizedStack.readAll(stacks);
            }
            BigDecimal amount = note.get().budget();
            CostEstimate estimate = new CostEstimator(PriceTable.load(priceTable),
                    Map.of(environment, note.get().usage()), List.of(environment), Map.of(environment, amount))
                    .estimate(all, stack -> stack.environment().equals(environment));
            CostRange cost = estimate.environmentCost(environment);
            if (cost.high().compareTo(amount) > 0) {
                String address = "aws_budgets_budget." + budget.getKey();
                findings.add(INFO.finding(document.locations().locate("/resource/aws_budgets_budget/"
                                + budget.getKey() + "/limit_amount"), address,
                        "the monthly estimate of " + environment + " is " + cost.dollars() + " ("
                                + estimate.environments().getOrDefault(environment, List.of()).size() + " stacks, "
                                + estimate.environmentNotPriced(environment).size() + " item(s) not priced); its "
                                + "upper end exceeds the budget $" + amount.toPlainString() + " of " + address
                                + " by $" + cost.high().subtract(amount).setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()));
            }
        }
        return findings;
    }
}
