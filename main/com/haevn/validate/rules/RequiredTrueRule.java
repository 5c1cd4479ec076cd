package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/**
 * A rule asking one boolean argument to be true on every resource it applies to (encryption, failover, deletion
 * protection...). A value unknown until apply never produces a finding.
 */
public abstract class RequiredTrueRule extends ResourceRule {

    /** The argument that must be true, e.g. {@code transit_encryption_enabled}. */
    protected abstract String argument();

    /** Whether the rule concerns this resource at all; every resource of {@link #types()} by default. */
    protected boolean appliesTo(Resource resource) {
        return true;
    }

    @Override
    protected final List<Finding> check(Resource resource, RuleContext context) {
        Attr value = resource.attr(argument());
        if (!appliesTo(resource) || value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(info(), resource, value,
                resource.address() + " has " + argument() + " " + value.display() + ", expected true"));
    }
}
