package com.haevn.validate.report;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One-line descriptions of the validator's own rules, for SARIF's rule table and the Markdown report. Rules of
 * other checks that are not listed here are described by their first finding's message.
 */
public final class RuleDescriptions {

    private static final Map<String, String> DESCRIPTIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("HVN-TF-001", "Input file cannot be read or is not valid JSON"),
            Map.entry("HVN-TF-002", "Unknown top-level block in Terraform JSON"),
            Map.entry("HVN-TF-003", "Terraform JSON block has the wrong shape"),
            Map.entry("HVN-TF-004", "Block label is not a valid identifier"),
            Map.entry("HVN-TF-005", "Module or output block lacks its required argument"),
            Map.entry("HVN-TF-006", "Key repeated within one JSON object"),
            Map.entry("HVN-TF-007", "Unsupported argument in a variable or output block"),
            Map.entry("HVN-TF-101", "Unknown resource type"),
            Map.entry("HVN-TF-102", "Unknown data source type"),
            Map.entry("HVN-TF-103", "Unknown argument or nested block"),
            Map.entry("HVN-TF-104", "Missing required argument or block"),
            Map.entry("HVN-TF-105", "Argument value has the wrong type"),
            Map.entry("HVN-TF-106", "Nested block has the wrong shape or count"),
            Map.entry("HVN-TF-107", "Computed-only attribute set in configuration"),
            Map.entry("HVN-TF-201", "Reference to an undeclared resource"),
            Map.entry("HVN-TF-202", "Reference to an undeclared data source"),
            Map.entry("HVN-TF-203", "Reference to an undeclared variable"),
            Map.entry("HVN-TF-204", "Reference to an undeclared local value"),
            Map.entry("HVN-TF-205", "Reference to an undeclared module"),
            Map.entry("HVN-TF-206", "Reference to an attribute the type does not have"),
            Map.entry("HVN-TF-207", "Unterminated interpolation"),
            Map.entry("HVN-TF-301", "Malformed in-source suppression"),
            Map.entry("HVN-TF-999", "A check failed with an internal error")));

    private RuleDescriptions() {
    }

    public static Optional<String> of(String ruleId) {
        return Optional.ofNullable(DESCRIPTIONS.get(ruleId));
    }
}
