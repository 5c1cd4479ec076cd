package com.haevn.validate.catalog;

import com.haevn.validate.dr.DisasterRecoveryCheck;
import com.haevn.validate.plan.ChangeControlCheck;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.GuardrailRules;
import com.haevn.validate.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every rule the guardrail, change-control and DR checks can report: id, severity, title, rationale, fix. Feeds SARIF
 * rule metadata and docs/rules.md. Ids are stable: a retired rule's id is never reused.
 */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    /** In report order: guardrails, then change control, then DR. */
    public static List<RuleInfo> all() {
        List<RuleInfo> result = new ArrayList<>();
        GuardrailRules.all().stream().map(GuardrailRule::info).forEach(result::add);
        result.add(ChangeControlCheck.INFO);
        result.add(DisasterRecoveryCheck.NO_MECHANISM);
        result.add(DisasterRecoveryCheck.CANNOT_MEET);
        result.add(DisasterRecoveryCheck.MET);
        return List.copyOf(result);
    }

    public static Optional<RuleInfo> byId(String id) {
        return all().stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
