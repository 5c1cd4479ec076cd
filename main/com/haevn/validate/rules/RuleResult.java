package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;

import java.util.List;

/**
 * What one rule concluded about one input: not applicable (nothing it checks is there), compliant (no findings)
 * or non-compliant (findings).
 *
 * @param applicable false when the input holds nothing the rule checks
 * @param findings   the problems found; empty when compliant or not applicable
 */
public record RuleResult(boolean applicable, List<Finding> findings) {

    public RuleResult {
        findings = List.copyOf(findings);
    }

    public static RuleResult notApplicable() {
        return new RuleResult(false, List.of());
    }

    public static RuleResult of(List<Finding> findings) {
        return new RuleResult(true, findings);
    }

    public boolean compliant() {
        return applicable && findings.isEmpty();
    }
}
