package com.haevn.validate.catalog;

import com.haevn.validate.dr.DisasterRecoveryCheck;
import com.haevn.validate.budget.BudgetCheck;
import com.haevn.validate.plan.ChangeControlCheck;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.GuardrailRules;
import com.haevn.validate.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule the validator can report: the language checks', the guardrails, change control and DR; with id,
 * severity, title, rationale and fix. Feeds SARIF rule metadata, reports and docs/rules.md. Ids are stable: a
 * retired rule's id is never reused.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    private static final List<RuleInfo> ALL = collect();

    /** In report order: language checks, guardrails, change control, DR. */
    public static List<RuleInfo> all() {
        return ALL;
    }

    public static Optional<RuleInfo> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    private static List<RuleInfo> collect() {
        List<RuleInfo> result = new ArrayList<>(LanguageRules.ALL);
        GuardrailRules.all().stream().map(GuardrailRule::info).forEach(result::add);
        result.add(ChangeControlCheck.INFO);
        result.add(BudgetCheck.INFO);
        result.add(DisasterRecoveryCheck.NO_MECHANISM);
        result.add(DisasterRecoveryCheck.CANNOT_MEET);
        result.add(DisasterRecoveryCheck.MET);
        return List.copyOf(result);
    }
}
