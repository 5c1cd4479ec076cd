package com.haevn.validate.rules;

import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.rules.model.DocumentIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the platform guardrail pack over one input (Terraform JSON, or a plan's planned values). A rule that throws
 * is the orchestrator's to report; rules are pure, so one index is shared by all of them. Root-only rules are not
 * applicable to child modules.
 */
public final class GuardrailCheck implements DocumentCheck {

    private final List<GuardrailRule> rules;
    private final RootConfigurations roots;

    public GuardrailCheck() {
        this(GuardrailRules.all());
    }

    public GuardrailCheck(List<GuardrailRule> rules) {
        this(rules, RootConfigurations.detect());
    }

    public GuardrailCheck(List<GuardrailRule> rules, RootConfigurations roots) {
        this.rules = List.copyOf(rules);
        this.roots = roots;
    }

    @Override
    public String name() {
        return "guardrails";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (RuleResult result : results(document)) {
            findings.addAll(result.findings());
        }
        return findings;
    }

    /** Every rule's result on one input, for callers that report "not applicable" too. */
    public List<RuleResult> results(LoadedDocument document) {
        RuleContext context = new RuleContext(DocumentIndex.of(document));
        boolean root = roots.isRoot(document);
        return rules.stream()
                .map(rule -> rule.info().rootOnly() && !root ? RuleResult.notApplicable() : rule.evaluate(context))
                .toList();
    }
}
