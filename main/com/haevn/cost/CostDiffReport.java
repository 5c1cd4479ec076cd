package com.haevn.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a {@link CostDiff} as text, JSON or Markdown (the plan report's pull-request comment). */
public final class CostDiffReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CostDiffReport() {
    }

    public static String render(CostDiff diff, CostFormat format) {
        return switch (format) {
            case TEXT -> text(diff);
            case JSON -> json(diff);
            case MARKDOWN -> markdown(diff);
        };
    }

    private static String text(CostDiff diff) {
        if (diff.changes().isEmpty()) {
            return "No monthly cost change.\n";
        }
        StringBuilder out = new StringBuilder();
        for (CostDiff.StackChange change : diff.changes()) {
            out.append(change.stack()).append(": ").append(change.signedDollars()).append(" per month (")
                    .append(change.base().map(CostRange::dollars).orElse("new")).append(" → ")
                    .append(change.head().map(CostRange::dollars).orElse("removed")).append(")\n");
            if (!change.newlyUnpriced().isEmpty()) {
                out.append("  newly not priced: ").append(String.join(", ", change.newlyUnpriced())).append('\n');
            }
        }
        out.append("Total change: ").append(diff.totalSignedDollars()).append(" per month\n");
        return out.toString();
    }

    private static String markdown(CostDiff diff) {
        if (diff.changes().isEmpty()) {
            return "No monthly cost change.\n";
        }
        StringBuilder out = new StringBuilder("| stack | base | head | monthly change | newly not priced |\n"
                + "|---|---|---|---|---|\n");
        for (CostDiff.StackChange change : diff.changes()) {
            out.append("| ").append(change.stack()).append(" | ")
                    .append(change.base().map(CostRange::dollars).orElse("—")).append(" | ")
                    .append(change.head().map(CostRange::dollars).orElse("—")).append(" | ")
                    .append(change.signedDollars()).append(" | ")
                    .append(String.join(", ", change.newlyUnpriced())).append(" |\n");
        }
        out.append("| **total** | | | **").append(diff.totalSignedDollars()).append("** | |\n");
        return out.toString();
    }

    private static String json(CostDiff diff) {
        ObjectNode root = JSON.createObjectNode();
        root.put("currency", "USD");
        ArrayNode stacks = root.putArray("stacks");
        for (CostDiff.StackChange change : diff.changes()) {
            ObjectNode s = stacks.addObject();
            s.put("name", change.stack());
            change.base().ifPresentOrElse(b -> JsonCostReport.range(s.putObject("base"), b), () -> s.putNull("base"));
            change.head().ifPresentOrElse(h -> JsonCostReport.range(s.putObject("head"), h), () -> s.putNull("head"));
            ObjectNode delta = s.putObject("change");
            delta.put("low", change.lowChange().setScale(2, java.math.RoundingMode.HALF_UP));
            delta.put("high", change.highChange().setScale(2, java.math.RoundingMode.HALF_UP));
            ArrayNode unpriced = s.putArray("newly_not_priced");
            change.newlyUnpriced().forEach(unpriced::add);
        }
        ObjectNode total = root.putObject("total_change");
        total.put("low", diff.totalLowChange().setScale(2, java.math.RoundingMode.HALF_UP));
        total.put("high", diff.totalHighChange().setScale(2, java.math.RoundingMode.HALF_UP));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the cost change as JSON", e);
        }
    }
}
