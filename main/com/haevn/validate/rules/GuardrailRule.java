package com.haevn.validate.rules;

/** One platform guardrail: a small pure check over the resources of one input. */
public interface GuardrailRule {

    RuleInfo info();

    RuleResult evaluate(RuleContext context);
}
