package com.haevn.validate.rules;

import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.rules.model.DocumentIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the platform guardrail pack over one input (Terraform JSON, or a plan's planned values). A rule that throws
 * is the orchestrator's to report; rules are pure, so one index is shared by all of them.
 */
public final class GuardrailCheck implements DocumentCheck {

    private final List<GuardrailRule> rules;

    public GuardrailCheck() {
        this(GuardrailRules.all());
    }

    public GuardrailCheck(List<GuardrailRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String name() {
        return "guardrails";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        RuleContext context = new RuleContext(DocumentIndex.of(document));
        List<Finding> findings = new ArrayList<>();
        for (GuardrailRule rule : rules) {
            findings.addAll(rule.evaluate(context).findings());
        }
        return findings;
    }

    /** Every rule's result on one input, for callers that report "not applicable" too. */
    public List<RuleResult> results(LoadedDocument document) {
        RuleContext context = new RuleContext(DocumentIndex.of(document));
        return rules.stream().map(rule -> rule.evaluate(context)).toList();
    }
}
