/**
 * The platform's guardrails: the rule interface, the pack that lists every rule, the check that runs them over
 * one input, and each rule's declaration ({@link com.haevn.validate.rules.RuleInfo}). One subpackage per service.
 */
package com.haevn.validate.rules;
