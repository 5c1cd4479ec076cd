package com.haevn.cost;

/** The estimate as Markdown tables, for the README and pull-request comments. */
final class MarkdownCostReport {

    private MarkdownCostReport() {
    }

    static String render(CostEstimate estimate) {
        StringBuilder out = new StringBuilder("| environment | monthly estimate | budget | not priced |\n|---|---|---|---|\n");
        for (String name : estimate.environments().keySet()) {
            out.append("| ").append(name).append(" | ").append(estimate.environmentCost(name).dollars()).append(" | ")
                    .append(estimate.budget(name).map(b -> "$" + b.toPlainString()).orElse("—")).append(" | ")
                    .append(estimate.environmentNotPriced(name).size()).append(" item(s) |\n");
        }
        out.append("| **total** | **").append(estimate.total().dollars()).append("** | | |\n");
        for (var environment : estimate.environments().entrySet()) {
            out.append("\n### ").append(environment.getKey()).append("\n\n| stack | region | monthly | not priced |\n"
                    + "|---|---|---|---|\n");
            for (StackCost stack : environment.getValue()) {
                out.append("| ").append(stack.stack()).append(" | ").append(stack.region()).append(" | ")
                        .append(stack.cost().dollars()).append(" | ")
                        .append(String.join(", ", stack.notPriced()).replace("|", "\\|")).append(" |\n");
            }
        }
        out.append("\nNot priced (no confirmed price in `pricing/prices.yaml`; never counted as zero): ")
                .append(estimate.notPriced().isEmpty() ? "nothing" : String.join(", ", estimate.notPriced()))
                .append(".\n");
        return out.toString();
    }
}
