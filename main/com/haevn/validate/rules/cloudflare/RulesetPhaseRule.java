package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Optional;

/** A zone rule answered by a {@code cloudflare_ruleset} in one phase with a qualifying rule. */
abstract class RulesetPhaseRule extends ZoneRule {

    protected abstract String phase();

    /** Whether one rule of the ruleset does the job (e.g. executes a managed ruleset). */
    protected abstract boolean qualifies(Block rule);

    @Override
    protected Optional<Finding> check(String zone, Resource anchor, Zones zones, RuleContext context) {
        boolean[] undetermined = {false};
        List<Resource> rulesets = zones.inZone(zone, "cloudflare_ruleset", undetermined);
        // an account-level ruleset (no zone_id) in the phase may cover every zone: give it the benefit
        context.index().resources("cloudflare_ruleset").stream()
                .filter(r -> zones.zoneOf(r).isEmpty()).forEach(rulesets::add);
        for (Resource ruleset : rulesets) {
            if (ruleset.attr("phase").isUnknown()) {
                return Optional.empty();
            }
            if (!ruleset.attr("phase").text().filter(phase()::equals).isPresent()) {
                continue;
            }
            if (ruleset.attr("rules").isUnknown() || ruleset.blocks("rules").stream().anyMatch(this::qualifies)) {
                return Optional.empty();
            }
        }
        if (undetermined[0]) {
            return Optional.empty();
        }
        return Optional.of(context.finding(info(), anchor, "no cloudflare_ruleset in phase " + phase()
                + " " + requirement() + " for " + describe(zone)));
    }

    /** What the ruleset must do, as the message says it. */
    protected abstract String requirement();
}
