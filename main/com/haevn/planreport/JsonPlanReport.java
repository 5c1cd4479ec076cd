package com.haevn.planreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.validate.core.Finding;

import java.util.List;

/**
 * The full report as JSON (nothing dropped): the artifact a truncated comment points to, and what the drift
 * workflow reads ({@code .stacks[].drift}). Values are masked and unknowns marked as in the comment.
 */
public final class JsonPlanReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonPlanReport() {
    }

    public static String render(PlanReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode stacks = root.putArray("stacks");
        for (StackReport stack : report.stacks()) {
            ObjectNode node = stacks.addObject();
            node.put("stack", stack.stack());
            node.put("file", stack.file());
            node.put("fingerprint", stack.fingerprint());
            ObjectNode summary = node.putObject("summary");
            summary.put("add", stack.toAdd());
            summary.put("change", stack.toChange());
            summary.put("replace", stack.replacements());
            summary.put("destroy", stack.toDestroy());
            summary.put("import", stack.imports());
            summary.put("move", stack.moves());
            summary.put("forget", stack.forgets());
            summary.put("unchanged", stack.unchanged());
            summary.put("drift", stack.drift().size());
            ArrayNode destructive = node.putArray("stateful_destructive");
            for (DestructiveChange change : stack.destructive()) {
                destructive.addObject().put("address", change.address()).put("message", change.message())
                        .put("blocking", change.blocking()).put("allow_destroy_reason", change.allowReason());
            }
            ArrayNode findings = node.putArray("findings");
            for (Finding finding : stack.findings()) {
                findings.addObject().put("rule", finding.ruleId()).put("severity", finding.severity().toString())
                        .put("address", finding.address()).put("message", finding.message());
            }
            node.put("suppressed_findings", stack.suppressed());
            changes(node.putArray("changes"), stack.changes());
            changes(node.putArray("drift"), stack.drift());
        }
        ArrayNode failed = root.putArray("failed_stacks");
        report.review().failedStacks().forEach(failed::add);
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : ChangeControlChecklist.of(report)) {
            checklist.addObject().put("item", item.number()).put("text", item.text())
                    .put("status", item.status().word()).put("detail", item.detail());
        }
        root.put("blocking", report.blockingCount());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private static void changes(ArrayNode into, List<ResourceChange> changes) {
        for (ResourceChange change : changes) {
            ObjectNode node = into.addObject();
            node.put("address", change.address());
            node.put("type", change.type());
            node.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode actions = node.putArray("actions");
            change.actions().forEach(actions::add);
            node.put("previous_address", change.previousAddress().isEmpty() ? null : change.previousAddress());
            node.put("import_id", change.importId());
            node.put("replace_reason", change.replaceReason().isEmpty() ? null : change.replaceReason());
            ArrayNode attributes = node.putArray("attributes");
            for (AttributeChange attribute : change.attributes()) {
                attributes.addObject().put("path", attribute.path()).put("before", attribute.before())
                        .put("after", attribute.after()).put("forces_replacement", attribute.forcesReplacement());
            }
        }
    }
}
