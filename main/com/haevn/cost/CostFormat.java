package com.haevn.cost;

import java.util.Locale;
import java.util.Optional;

/** The formats {@code haevn cost} writes. */
public enum CostFormat {
    TEXT, JSON, MARKDOWN;

    public static Optional<CostFormat> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String render(CostEstimate estimate) {
        return switch (this) {
            case TEXT -> TextCostReport.render(estimate);
            case JSON -> JsonCostReport.render(estimate);
            case MARKDOWN -> MarkdownCostReport.render(estimate);
        };
    }
}
