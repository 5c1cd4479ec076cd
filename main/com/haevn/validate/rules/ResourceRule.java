package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule that looks at each managed resource of some types on its own: not applicable when the input has none.
 */
public abstract class ResourceRule implements GuardrailRule {

    /** The Terraform types this rule checks. */
    protected abstract List<String> types();

    /** The findings for one resource; empty when it complies or cannot be told before apply. */
    protected abstract List<Finding> check(Resource resource, RuleContext context);

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> resources = context.index().resources(types().toArray(String[]::new));
        if (resources.isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource resource : resources) {
            findings.addAll(check(resource, context));
        }
        return RuleResult.of(findings);
    }
}
