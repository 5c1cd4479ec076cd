package com.haevn.validate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.suppress.SuppressionKind;

import java.io.UncheckedIOException;

/**
 * Machine-readable findings: {@code {"version": 1, "summary": {...}, "files": [...], "findings": [...]}}, each
 * finding with rule, severity, file, line, column, address, message, fix and, when suppressed, the suppression.
 */
public final class JsonReporter implements Reporter {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(ValidationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode summary = root.putObject("summary");
        summary.put("files", result.files().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("notes", result.count(Severity.NOTE));
        summary.put("suppressed", result.suppressedCount());
        summary.put("exitCode", result.exitCode());
        ArrayNode files = root.putArray("files");
        result.files().forEach(file -> files.add(Paths.portable(file)));
        ArrayNode plans = root.putArray("plans");
        result.plans().forEach((file, plan) -> {
            ObjectNode node = plans.addObject();
            node.put("file", Paths.portable(file));
            ObjectNode counts = node.putObject("actions");
            plan.counts().forEach(counts::put);
            ArrayNode stateful = node.putArray("statefulDestroyed");
            plan.statefulDestructive().forEach(stateful::add);
        });
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            ObjectNode node = findings.addObject();
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().name().toLowerCase());
            node.put("file", Paths.portable(finding.location().file()));
            node.put("line", finding.location().line());
            node.put("column", finding.location().column());
            node.put("address", finding.address());
            node.put("message", finding.message());
            node.put("fix", finding.fix());
            if (finding.suppressed()) {
                ObjectNode suppression = node.putObject("suppression");
                suppression.put("kind", SuppressionKind.of(finding.suppressedReason()) == SuppressionKind.IN_SOURCE
                        ? "inSource" : "external");
                suppression.put("reason", SuppressionKind.reason(finding.suppressedReason()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
