package com.haevn.validate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.validate.catalog.RuleCatalog;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.suppress.SuppressionKind;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run whose tool.driver lists the rules that fired, one result
 * per finding with a relative artifact URI and a 1-based region, and suppressions (kind inSource or external, with
 * the justification) on suppressed findings.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String TOOL_NAME = "haevn-validate";

    @Override
    public String render(ValidationResult result) {
        ObjectNode root = JsonReporter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("semanticVersion", "0.1.0");
        Map<String, Finding> firstByRule = new TreeMap<>();
        result.findings().forEach(f -> firstByRule.putIfAbsent(f.ruleId(), f));
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Map.Entry<String, Finding> entry : firstByRule.entrySet()) {
            ruleIndex.put(entry.getKey(), ruleIndex.size());
            Finding first = entry.getValue();
            Optional<RuleInfo> info = RuleCatalog.byId(entry.getKey());
            ObjectNode rule = rules.addObject();
            rule.put("id", entry.getKey());
            rule.put("name", entry.getKey().replace("-", ""));
            rule.putObject("shortDescription").put("text", info.map(RuleInfo::title).orElse(first.message()));
            rule.putObject("fullDescription").put("text", info.map(RuleInfo::rationale).orElse(first.message()));
            rule.putObject("help").put("text", info.map(RuleInfo::fix).orElse(first.fix()));
            rule.putObject("defaultConfiguration").put("level", level(entry.getValue().severity()));
        }
        if (!result.plans().isEmpty()) {
            ArrayNode plans = run.putObject("properties").putArray("haevnPlans");
            result.plans().forEach((file, plan) -> {
                ObjectNode node = plans.addObject();
                node.put("uri", uri(file));
                ObjectNode counts = node.putObject("actions");
                plan.counts().forEach(counts::put);
            });
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            ObjectNode node = results.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("ruleIndex", ruleIndex.get(finding.ruleId()));
            node.put("level", level(finding.severity()));
            node.putObject("message").put("text", finding.message()
                    + (finding.fix().isEmpty() ? "" : " Fix: " + finding.fix()));
            ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", uri(finding.location().file()));
            ObjectNode region = physical.putObject("region");
            region.put("startLine", Math.max(1, finding.location().line()));
            region.put("startColumn", Math.max(1, finding.location().column()));
            if (!finding.address().isEmpty()) {
                node.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.address())
                        .put("kind", "resource");
            }
            node.putObject("partialFingerprints").put("haevnFinding/v1", fingerprint(finding));
            if (finding.suppressed()) {
                ObjectNode suppression = node.putArray("suppressions").addObject();
                suppression.put("kind", SuppressionKind.of(finding.suppressedReason()) == SuppressionKind.IN_SOURCE
                        ? "inSource" : "external");
                suppression.put("justification", SuppressionKind.reason(finding.suppressedReason()));
            }
        }
        try {
            return JsonReporter.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    /** A relative URI reference (spaces and other unsafe characters percent-encoded). */
    static String uri(String file) {
        String portable = Paths.portable(file);
        try {
            return new URI(null, null, portable, null).toASCIIString();
        } catch (URISyntaxException e) {
            return portable;
        }
    }

    /** Stable across line moves: rule, file, address and message. */
    private static String fingerprint(Finding finding) {
        List<String> parts = new ArrayList<>(List.of(finding.ruleId(), Paths.portable(finding.location().file()),
                finding.address(), finding.message()));
        return Integer.toHexString(String.join("|", parts).hashCode());
    }
}
