package com.haevn.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The plain-text estimate: per environment, stack and charged resource, with what is not priced by name. */
final class TextCostReport {

    private TextCostReport() {
    }

    static String render(CostEstimate estimate) {
        StringBuilder out = new StringBuilder();
        for (var environment : estimate.environments().entrySet()) {
            String name = environment.getKey();
            out.append(name).append(": ").append(estimate.environmentCost(name).dollars()).append(" per month")
                    .append(budgetNote(estimate, name)).append('\n');
            for (StackCost stack : environment.getValue()) {
                out.append("  ").append(stack.stack()).append(" (").append(stack.region()).append("): ")
                        .append(stack.cost().dollars()).append('\n');
                for (ResourceCost resource : stack.resources()) {
                    if (resource.charges().isEmpty() && resource.unpricedReason().isEmpty()) {
                        continue;
                    }
                    out.append("    ").append(resource.address()).append(": ")
                            .append(resource.unpricedReason().map(r -> "not priced (" + r + ")")
                                    .orElse(resource.cost().dollars() + (resource.hasUnpriced() ? " + not priced" : "")))
                            .append('\n');
                    for (Charge charge : resource.charges()) {
                        out.append("      ").append(describe(charge)).append('\n');
                    }
                }
                list(out, "    not priced: ", stack.notPriced());
                list(out, "    cannot carry cost-allocation tags: ", Set.copyOf(stack.untaggable()));
            }
            list(out, "  not priced in " + name + ": ", estimate.environmentNotPriced(name));
            out.append('\n');
        }
        out.append("Total: ").append(estimate.total().dollars()).append(" per month (priced items only)\n");
        list(out, "not priced: ", estimate.notPriced());
        return out.toString();
    }

    static String describe(Charge charge) {
        CostRange quantity = charge.quantity();
        String amount = quantity.isRange()
                ? quantity.low().stripTrailingZeros().toPlainString() + "–" + quantity.high().stripTrailingZeros().toPlainString()
                : quantity.low().stripTrailingZeros().toPlainString();
        String priced = charge.price().map(p -> " × $" + p.price().stripTrailingZeros().toPlainString() + " = " + charge.cost().get().dollars())
                .orElse(" = not priced");
        return charge.description() + ": " + amount + " " + charge.unpricedUnit() + priced
                + charge.assumption().map(a -> " (assumes " + a + ")").orElse("");
    }

    static String budgetNote(CostEstimate estimate, String environment) {
        return estimate.budget(environment).map(budget -> {
            BigDecimal high = estimate.environmentCost(environment).high();
            return high.compareTo(budget) > 0
                    ? " (budget $" + budget.toPlainString() + ": the upper end exceeds it by $"
                    + CostRange.exactly(high.subtract(budget)).rounded().low().toPlainString() + ")"
                    : " (budget $" + budget.toPlainString() + ")";
        }).orElse("");
    }

    private static void list(StringBuilder out, String label, Set<String> names) {
        if (!names.isEmpty()) {
            out.append(label).append(String.join(", ", List.copyOf(new java.util.TreeSet<>(names)))).append('\n');
        }
    }
}
