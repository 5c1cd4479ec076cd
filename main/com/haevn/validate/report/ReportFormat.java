package com.haevn.validate.report;

import java.util.Locale;

/** The output formats of {@code haevn validate}. */
public enum ReportFormat {
    TEXT,
    JSON,
    SARIF,
    MARKDOWN;

    /** The reporter for this format; {@code colour} only affects text. */
    public Reporter reporter(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReporter(colour);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case MARKDOWN -> new MarkdownReporter();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
