package com.haevn.validate.report;

import com.haevn.validate.ValidationResult;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.suppress.SuppressionKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable findings, grouped by file and then by resource, with ANSI colour when asked for. */
public final class TextReporter implements Reporter {

    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String DIM = "\u001b[2m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String render(ValidationResult result) {
        StringBuilder out = new StringBuilder();
        Map<String, List<Finding>> byFile = result.findings().stream()
                .collect(Collectors.groupingBy(f -> f.location().file(), LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, findings) -> {
            out.append(paint(BOLD, file)).append('\n');
            Map<String, List<Finding>> byAddress = findings.stream().collect(Collectors.groupingBy(
                    Finding::address, LinkedHashMap::new, Collectors.toList()));
            byAddress.forEach((address, group) -> {
                out.append("  ").append(address.isEmpty() ? "(file)" : address).append('\n');
                for (Finding finding : group) {
                    line(out, finding);
                }
            });
            out.append('\n');
        });
        result.plans().forEach((file, plan) -> out.append(paint(BOLD, "plan " + file)).append(": ")
                .append(plan.oneLine()).append('\n'));
        out.append(summary(result)).append('\n');
        return out.toString();
    }

    private void line(StringBuilder out, Finding finding) {
        String where = finding.location().line() > 0
                ? finding.location().line() + ":" + finding.location().column() : "-";
        String label = finding.suppressed() ? "suppressed" : finding.severity().name().toLowerCase();
        String colourCode = finding.suppressed() ? DIM : finding.severity() == Severity.ERROR ? RED
                : finding.severity() == Severity.WARNING ? YELLOW : CYAN;
        out.append("    ").append(paint(colourCode, String.format("%-10s", label))).append(' ')
                .append(finding.ruleId()).append("  ").append(where).append("  ").append(finding.message()).append('\n');
        if (!finding.fix().isEmpty() && !finding.suppressed()) {
            out.append("               fix: ").append(finding.fix()).append('\n');
        }
        if (finding.suppressed()) {
            SuppressionKind kind = SuppressionKind.of(finding.suppressedReason());
            out.append("               suppressed (").append(kind == SuppressionKind.IN_SOURCE ? "in source" : "file")
                    .append("): ").append(SuppressionKind.reason(finding.suppressedReason())).append('\n');
        }
    }

    private String summary(ValidationResult result) {
        String verdict = result.exitCode() == ValidationResult.OK ? paint(BOLD, "OK") : paint(RED, "FAILED");
        return verdict + ": " + result.files().size() + " file(s), " + result.count(Severity.ERROR) + " error(s), "
                + result.count(Severity.WARNING) + " warning(s), " + result.count(Severity.NOTE) + " note(s), "
                + result.suppressedCount() + " suppressed";
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
