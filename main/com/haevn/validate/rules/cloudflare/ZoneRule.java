package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A rule judged once per Cloudflare zone of the input; not applicable without zones. */
abstract class ZoneRule implements GuardrailRule {

    /** The finding for one zone, or empty when it complies or cannot be told. */
    protected abstract Optional<Finding> check(String zone, Resource anchor, Zones zones, RuleContext context);

    @Override
    public final RuleResult evaluate(RuleContext context) {
        Zones zones = Zones.of(context.index());
        if (zones.all().isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Resource> zone : zones.all().entrySet()) {
            check(zone.getKey(), zone.getValue(), zones, context).ifPresent(findings::add);
        }
        return RuleResult.of(findings);
    }

    /** How a zone reads in a message. */
    static String describe(String zone) {
        return "zone " + zone;
    }
}
