package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.LocationIndex;
import com.haevn.validate.plan.AllowedDestructiveChanges;
import com.haevn.validate.plan.ChangeControlCheck;
import com.haevn.validate.plan.PlanSummary;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link PlanReport} of some plan files: reads each plan, and runs the validator on all of them with
 * the reviewer's allowed destructive changes. The stateful destructive changes and their status are the
 * validator's change-control findings (HVN-CHG-001), not a second reading of the plan.
 */
public final class PlanReports {

    private final ProviderSchemas schemas;
    private final AllowedDestructiveChanges allowed;

    public PlanReports(ProviderSchemas schemas, AllowedDestructiveChanges allowed) {
        this.schemas = schemas;
        this.allowed = allowed;
    }

    public PlanReport build(List<StackPlanFile> plans, ReviewContext review) {
        // the plans are parsed already: the checks run on those trees (findings then locate to the file only)
        ValidationResult validation = new Validator(Checks.all(schemas, CheckOptions.defaults()
                .withAllowedDestroys(allowed)), Suppressions.none())
                .validateParsed(plans.stream().map(plan -> new LoadedDocument(plan.file().toString(),
                        DocumentKind.PLAN_JSON, plan.root(), LocationIndex.fileOnly(plan.file().toString()))).toList());
        Map<Path, List<Finding>> findingsByFile = new HashMap<>();
        for (Finding finding : validation.findings()) {
            findingsByFile.computeIfAbsent(key(Path.of(finding.location().file())), f -> new ArrayList<>())
                    .add(finding);
        }
        List<StackReport> stacks = new ArrayList<>();
        for (StackPlanFile plan : plans) {
            stacks.add(stack(plan, findingsByFile.getOrDefault(key(plan.file()), List.of())));
        }
        return new PlanReport(stacks, review);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static StackReport stack(StackPlanFile plan, List<Finding> findings) {
        JsonNode root = plan.root();
        List<ResourceChange> changes = new ArrayList<>();
        for (JsonNode entry : root.path("resource_changes")) {
            ResourceChange change = ResourceChange.read(entry, false);
            if (!change.unchanged()) {
                changes.add(change);
            }
        }
        List<ResourceChange> drift = new ArrayList<>();
        for (JsonNode entry : root.path("resource_drift")) {
            ResourceChange drifted = ResourceChange.read(entry, true);
            if (drifted.kind() == ChangeKind.DELETE || !drifted.attributes().isEmpty()) {
                drift.add(drifted);
            }
        }
        List<DestructiveChange> destructive = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        long suppressed = 0;
        for (Finding finding : findings) {
            if (finding.ruleId().equals(ChangeControlCheck.INFO.id())) {
                destructive.add(new DestructiveChange(finding.address(), finding.message(),
                        finding.suppressedReason()));
            } else if (finding.suppressed()) {
                suppressed++;
            } else {
                others.add(finding);
            }
        }
        suppressed += destructive.stream().filter(d -> !d.blocking()).count();
        return new StackReport(plan.stack(), plan.file().toString(), PlanFingerprint.of(root), PlanSummary.of(root),
                changes, drift, destructive, others, suppressed);
    }
}
