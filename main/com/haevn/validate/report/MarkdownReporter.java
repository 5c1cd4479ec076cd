package com.haevn.validate.report;

import com.haevn.validate.ValidationResult;
import com.haevn.validate.plan.PlanSummary;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.suppress.SuppressionKind;

/** A pull-request comment: a verdict, a summary table, then the findings as a table, suppressed ones apart. */
public final class MarkdownReporter implements Reporter {

    @Override
    public String render(ValidationResult result) {
        StringBuilder out = new StringBuilder();
        boolean ok = result.exitCode() == ValidationResult.OK;
        out.append("## Haevn validate: ").append(ok ? "passed" : "failed").append("\n\n");
        out.append("| Files | Errors | Warnings | Notes | Suppressed |\n");
        out.append("|---:|---:|---:|---:|---:|\n");
        out.append("| ").append(result.files().size()).append(" | ").append(result.count(Severity.ERROR))
                .append(" | ").append(result.count(Severity.WARNING)).append(" | ")
                .append(result.count(Severity.NOTE)).append(" | ").append(result.suppressedCount()).append(" |\n\n");
        if (!result.plans().isEmpty()) {
            out.append("### Plans\n\n| Plan |");
            PlanSummary.ACTIONS.forEach(action -> out.append(' ').append(action).append(" |"));
            out.append("\n|---|").append("---:|".repeat(PlanSummary.ACTIONS.size())).append('\n');
            result.plans().forEach((file, plan) -> {
                out.append("| ").append(code(Paths.portable(file))).append(" |");
                plan.counts().values().forEach(count -> out.append(' ').append(count).append(" |"));
                out.append('\n');
            });
            out.append('\n');
        }
        long open = result.findings().stream().filter(f -> !f.suppressed()).count();
        if (open > 0) {
            out.append("### Findings\n\n");
            out.append("| Severity | Rule | Location | Resource | Message | Fix |\n");
            out.append("|---|---|---|---|---|---|\n");
            result.findings().stream().filter(f -> !f.suppressed()).forEach(f -> row(out, f));
            out.append('\n');
        } else {
            out.append("No open findings.\n\n");
        }
        if (result.suppressedCount() > 0) {
            out.append("<details><summary>Suppressed findings (").append(result.suppressedCount())
                    .append(")</summary>\n\n");
            out.append("| Rule | Location | Resource | Message | Kind | Reason |\n");
            out.append("|---|---|---|---|---|---|\n");
            result.findings().stream().filter(Finding::suppressed).forEach(f -> out.append("| ")
                    .append(f.ruleId()).append(" | ").append(cell(location(f))).append(" | ")
                    .append(code(f.address())).append(" | ").append(cell(f.message())).append(" | ")
                    .append(SuppressionKind.of(f.suppressedReason()) == SuppressionKind.IN_SOURCE ? "in source" : "file")
                    .append(" | ").append(cell(SuppressionKind.reason(f.suppressedReason()))).append(" |\n"));
            out.append("\n</details>\n");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, Finding f) {
        String icon = switch (f.severity()) {
            case ERROR -> ":x: error";
            case WARNING -> ":warning: warning";
            case NOTE -> ":information_source: note";
        };
        out.append("| ").append(icon).append(" | ").append(f.ruleId()).append(" | ").append(cell(location(f)))
                .append(" | ").append(code(f.address())).append(" | ").append(cell(f.message())).append(" | ")
                .append(cell(f.fix())).append(" |\n");
    }

    private static String location(Finding f) {
        String file = Paths.portable(f.location().file());
        return f.location().line() > 0 ? file + ":" + f.location().line() : file;
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("`", "'") + "`";
    }

    /** Table cells cannot hold pipes or newlines. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
                .replace("<", "&lt;").replace(">", "&gt;");
    }
}
