package com.haevn.planreport;

import com.haevn.validate.core.Finding;
import com.haevn.validate.plan.PlanSummary;

import java.util.List;

/**
 * What one stack's plan does, for the report.
 *
 * @param stack       the stack's name
 * @param file        the plan JSON it was read from
 * @param fingerprint the {@link PlanFingerprint} of the plan
 * @param counts      the action counts (terraform's own tally: see {@link #toAdd()})
 * @param changes     every resource change that does something, in plan order
 * @param drift       objects changed outside Terraform ({@code resource_drift}), release-owned weights left out
 * @param destructive stateful resources destroyed or replaced, with their change-control status
 * @param findings    the validator's other findings on the planned values, unsuppressed, in its order
 * @param suppressed  how many findings a suppression or allow-destroy covers
 */
public record StackReport(String stack, String file, String fingerprint, PlanSummary counts,
                          List<ResourceChange> changes, List<ResourceChange> drift,
                          List<DestructiveChange> destructive, List<Finding> findings, long suppressed) {

    public StackReport {
        changes = List.copyOf(changes);
        drift = List.copyOf(drift);
        destructive = List.copyOf(destructive);
        findings = List.copyOf(findings);
    }

    /** As terraform's "Plan:" line: creates and replacements. */
    public int toAdd() {
        return counts.toAdd();
    }

    public int toChange() {
        return counts.toChange();
    }

    /** As terraform's "Plan:" line: deletes and replacements. */
    public int toDestroy() {
        return counts.toDestroy();
    }

    public int replacements() {
        return counts.count("replace");
    }

    public int imports() {
        return counts.count("import");
    }

    public int moves() {
        return counts.count("move");
    }

    public int forgets() {
        return counts.count("forget");
    }

    public int unchanged() {
        return counts.count("no-op");
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public long blockingCount() {
        return destructive.stream().filter(DestructiveChange::blocking).count()
                + findings.stream().filter(Finding::blocking).count();
    }
}
