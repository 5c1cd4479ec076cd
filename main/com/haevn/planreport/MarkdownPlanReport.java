package com.haevn.planreport;

import com.haevn.validate.core.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pull request comment for many stacks' plans, under a size budget (GitHub refuses comments over 65,536
 * characters). It renders everything, and while the text is over budget drops detail one {@link Detail} step at a
 * time: low-risk detail first, destroys and replacements last; never by cutting text. Identical changes in several
 * stacks are always shown once with the stacks listed. Whatever a step left out is named at the end, with where
 * the full report is. The summary table, the stateful destructive changes, the checklist and the fingerprints
 * always stay.
 */
public final class MarkdownPlanReport {

    /** The hidden marker the sticky comment is found by. */
    public static final String MARKER = "<!-- haevn-plan -->";
    /** The last line of a complete report: a report without it was cut and approves nothing. */
    public static final String END_MARKER = "<!-- haevn-plan-report-end -->";
    /** Prefix of the hidden line per stack that records its fingerprint: {@code <!-- haevn-plan-fingerprint STACK sha256:... -->}. */
    public static final String FINGERPRINT_MARKER = "<!-- haevn-plan-fingerprint ";
    /** GitHub's limit less room for the marker sticky-comment.sh may add. */
    public static final int DEFAULT_MAX_CHARS = 65_000;
    /** How many entries each list keeps at the last step. */
    static final int CAP = 50;

    private static final Set<ChangeKind> LOW_RISK = EnumSet.of(ChangeKind.CREATE, ChangeKind.READ, ChangeKind.IMPORT,
            ChangeKind.MOVE, ChangeKind.FORGET);

    /**
     * The rendered comment.
     *
     * @param text    the Markdown
     * @param detail  the last step taken
     * @param fits    whether it is within the budget (false only when the summary alone is over it)
     */
    public record Rendered(String text, Detail detail, boolean fits) {
    }

    private final PlanReport report;
    private final List<ChangeGroup> changes;
    private final List<ChangeGroup> drift;

    public MarkdownPlanReport(PlanReport report) {
        this.report = report;
        this.changes = sorted(ChangeGroup.of(report.stacks(), false));
        this.drift = sorted(ChangeGroup.of(report.stacks(), true));
    }

    private static List<ChangeGroup> sorted(List<ChangeGroup> groups) {
        List<ChangeGroup> copy = new ArrayList<>(groups);
        copy.sort(Comparator.comparing((ChangeGroup g) -> g.change().kind()));
        return copy;
    }

    public Rendered render(int maxChars) {
        String text = null;
        for (Detail detail : Detail.values()) {
            text = render(detail);
            if (text.length() <= maxChars) {
                return new Rendered(text, detail, true);
            }
        }
        return new Rendered(text, Detail.CAPPED_LISTS, false);
    }

    String render(Detail detail) {
        StringBuilder out = new StringBuilder(8192);
        out.append(MARKER).append('\n');
        out.append("### Terraform plan report\n\n");
        summary(out);
        destructive(out, detail);
        findings(out, detail);
        checklist(out);
        changes(out, detail);
        driftSection(out, detail);
        omissions(out, detail);
        for (StackReport stack : report.stacks()) {
            out.append(FINGERPRINT_MARKER).append(stack.stack()).append(' ').append(stack.fingerprint())
                    .append(" -->\n");
        }
        out.append(END_MARKER).append('\n');
        return out.toString();
    }

    private void summary(StringBuilder out) {
        List<StackReport> stacks = report.stacks();
        int add = 0;
        int change = 0;
        int destroy = 0;
        for (StackReport stack : stacks) {
            add += stack.toAdd();
            change += stack.toChange();
            destroy += stack.toDestroy();
        }
        out.append(stacks.size()).append(" stack(s) planned: ").append(add).append(" to add, ").append(change)
                .append(" to change, ").append(destroy).append(" to destroy");
        long blocking = report.blockingCount();
        out.append(blocking == 0 ? ".\n\n" : "; **" + blocking + " blocking finding(s)**.\n\n");
        out.append("| Stack | Add | Change | Replace | Destroy | Import | Move | Forget | Unchanged | Drift |"
                + " Fingerprint |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (StackReport stack : stacks) {
            String mark = stack.blockingCount() > 0 ? "❌ " : stack.toDestroy() > 0 ? "⚠️ " : "";
            out.append("| ").append(mark).append('`').append(stack.stack()).append("` | ").append(stack.toAdd())
                    .append(" | ").append(stack.toChange()).append(" | ").append(stack.replacements()).append(" | ")
                    .append(stack.toDestroy()).append(" | ").append(stack.imports()).append(" | ")
                    .append(stack.moves()).append(" | ").append(stack.forgets()).append(" | ")
                    .append(stack.unchanged()).append(" | ").append(stack.drift().size()).append(" | `")
                    .append(stack.fingerprint(), 0, Math.min(stack.fingerprint().length(), 19)).append("…` |\n");
        }
        for (String failed : report.review().failedStacks()) {
            out.append("| ❌ `").append(failed).append("` | plan failed |  |  |  |  |  |  |  |  |  |\n");
        }
        out.append("\nAdd and Destroy count replacements too, as terraform's `Plan:` line does.\n\n");
    }

    private void destructive(StringBuilder out, Detail detail) {
        List<String> lines = new ArrayList<>();
        for (StackReport stack : report.stacks()) {
            for (DestructiveChange change : stack.destructive()) {
                lines.add("- " + (change.blocking() ? "❌" : "✅") + " `" + stack.stack() + "`: " + change.message()
                        + ". **" + change.status() + "**");
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        out.append("#### Stateful resources destroyed or replaced\n\n");
        list(out, lines, detail);
        out.append('\n');
    }

    private void findings(StringBuilder out, Detail detail) {
        List<String> lines = new ArrayList<>();
        long suppressed = 0;
        for (StackReport stack : report.stacks()) {
            suppressed += stack.suppressed();
            if (detail.atLeast(Detail.FINDING_LINES)) {
                Map<String, Integer> byRule = new LinkedHashMap<>();
                stack.findings().forEach(f -> byRule.merge(f.ruleId() + " (" + f.severity() + ")", 1, Integer::sum));
                byRule.forEach((rule, count) -> lines.add("- `" + stack.stack() + "`: " + count + " × " + rule));
            } else {
                for (Finding finding : stack.findings()) {
                    lines.add("- `" + stack.stack() + "` " + finding.severity() + " " + finding.ruleId()
                            + (finding.address().isEmpty() ? "" : " `" + finding.address() + "`") + ": "
                            + finding.message());
                }
            }
        }
        out.append("#### Validator findings on the planned values\n\n");
        if (lines.isEmpty()) {
            out.append("None").append(suppressed > 0 ? " unsuppressed (" + suppressed + " suppressed or allowed)"
                    : "").append(".\n\n");
            return;
        }
        list(out, lines, detail);
        if (suppressed > 0) {
            out.append("\n").append(suppressed).append(" more suppressed or allowed.\n");
        }
        out.append('\n');
    }

    private void checklist(StringBuilder out) {
        out.append("#### Change-control checklist\n\n");
        for (ChecklistItem item : ChangeControlChecklist.of(report)) {
            out.append("- [").append(item.status().box()).append("] ").append(item.number()).append(". ")
                    .append(item.text()).append(": ").append(item.status().word()).append(" (").append(item.detail())
                    .append(")\n");
        }
        out.append('\n');
    }

    private void changes(StringBuilder out, Detail detail) {
        if (changes.isEmpty()) {
            out.append("#### Changes\n\nNo resource changes.\n\n");
            return;
        }
        out.append("#### Changes\n\n");
        List<String> entries = new ArrayList<>();
        entries.addAll(entries(changes, kind -> kind.highRisk(), !detail.atLeast(Detail.DESTRUCTIVE_ATTRIBUTES),
                false));
        entries.addAll(entries(changes, kind -> kind == ChangeKind.UPDATE, !detail.atLeast(Detail.UPDATE_ATTRIBUTES),
                detail.atLeast(Detail.UPDATE_LINES)));
        entries.addAll(entries(changes, LOW_RISK::contains, !detail.atLeast(Detail.LOW_RISK_ATTRIBUTES),
                detail.atLeast(Detail.LOW_RISK_LINES)));
        list(out, entries, detail);
        out.append('\n');
    }

    private void driftSection(StringBuilder out, Detail detail) {
        out.append("#### Drift (changed outside Terraform)\n\n");
        if (drift.isEmpty()) {
            out.append("No drift (the release-owned front door weights are not drift).\n\n");
            return;
        }
        List<String> entries = new ArrayList<>();
        for (ChangeGroup group : drift) {
            entries.add(entry(group, !detail.atLeast(Detail.DRIFT_ATTRIBUTES), true));
        }
        list(out, entries, detail);
        out.append('\n');
    }

    /** One entry per change group of the kinds selected, or when {@code byType} one per type, kind and stacks. */
    private static List<String> entries(List<ChangeGroup> groups, Predicate<ChangeKind> kinds, boolean attributes,
                                        boolean byType) {
        List<String> entries = new ArrayList<>();
        if (byType) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (ChangeGroup group : groups) {
                if (kinds.test(group.change().kind())) {
                    counts.merge("`" + group.change().type() + "`: " + group.change().kind().label() + " in "
                            + stacks(group.stacks()), 1, Integer::sum);
                }
            }
            counts.forEach((what, count) -> entries.add("- " + count + " × " + what));
            return entries;
        }
        for (ChangeGroup group : groups) {
            if (kinds.test(group.change().kind())) {
                entries.add(entry(group, attributes, false));
            }
        }
        return entries;
    }

    private static String entry(ChangeGroup group, boolean attributes, boolean drift) {
        ResourceChange change = group.change();
        StringBuilder line = new StringBuilder("- `").append(change.address()).append("`: ")
                .append(!drift ? change.kind().label()
                        : change.kind() == ChangeKind.DELETE ? "deleted outside Terraform" : "changed outside Terraform");
        if (change.kind() == ChangeKind.REPLACE) {
            line.append(" (").append(change.replaceOrder()).append(')');
        }
        if (change.moved()) {
            line.append(", moved from `").append(change.previousAddress()).append('`');
        }
        if (change.imported()) {
            line.append(", imported").append(change.importId().isEmpty() ? "" : " with id `" + change.importId() + "`");
        }
        line.append(" in ").append(stacks(group.stacks()));
        String reason = change.replaceReason();
        if (!reason.isEmpty() && (change.kind() == ChangeKind.REPLACE || change.kind() == ChangeKind.DELETE)) {
            line.append(". Why: ").append(reason);
        }
        if (attributes && !change.attributes().isEmpty()) {
            line.append("\n  <details><summary>").append(change.attributes().size())
                    .append(" attribute(s)</summary>\n\n  ~~~~text\n");
            for (AttributeChange attribute : change.attributes()) {
                line.append("  ").append(attribute.line().replace("\n", "\\n")).append('\n');
            }
            line.append("  ~~~~\n  </details>");
        }
        return line.toString();
    }

    private static String stacks(List<String> stacks) {
        return String.join(", ", stacks.stream().map(s -> "`" + s + "`").toList());
    }

    private static void list(StringBuilder out, List<String> lines, Detail detail) {
        int shown = detail.atLeast(Detail.CAPPED_LISTS) ? Math.min(CAP, lines.size()) : lines.size();
        for (int i = 0; i < shown; i++) {
            out.append(lines.get(i)).append('\n');
        }
        if (shown < lines.size()) {
            out.append("- … and ").append(lines.size() - shown).append(" more, in the full report\n");
        }
    }

    private void omissions(StringBuilder out, Detail detail) {
        String where = report.review().artifactUrl()
                .map(url -> "the `plan-report` artifact of [this run](" + url + ")")
                .orElse("`haevn plan-report --format json` of the same plans");
        if (detail == Detail.FULL) {
            out.append("Full report (JSON): ").append(where).append(".\n");
            return;
        }
        out.append("#### Left out of this comment (GitHub's 65,536-character limit)\n\n");
        for (Detail step : Detail.values()) {
            if (step != Detail.FULL && detail.atLeast(step)) {
                out.append("- ").append(step.dropped()).append('\n');
            }
        }
        out.append("\nEverything is in ").append(where).append(".\n");
    }
}
