package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Block;

/** HVN-CF-003: every zone executes a managed WAF ruleset. */
public final class ManagedWafRule extends RulesetPhaseRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-003", Severity.ERROR,
            "Cloudflare zones execute a managed WAF ruleset",
            "The edge is the platform's WAF: without the Cloudflare Managed Ruleset (and OWASP core ruleset) "
                    + "injection and known-exploit traffic reaches the ALB unfiltered.",
            "Add a cloudflare_ruleset with zone_id = the zone, kind = \"zone\", phase = "
                    + "\"http_request_firewall_managed\" and a rule { action = \"execute\" action_parameters "
                    + "{ id = <managed ruleset id> } }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String phase() {
        return "http_request_firewall_managed";
    }

    @Override
    protected boolean qualifies(Block rule) {
        boolean executes = rule.attr("action").isUnknown()
                || rule.attr("action").text().filter("execute"::equals).isPresent();
        boolean disabled = rule.attr("enabled").bool().filter(enabled -> !enabled).isPresent();
        return executes && !disabled && rule.attr("action_parameters.id").isSet();
    }

    @Override
    protected String requirement() {
        return "executes a managed ruleset";
    }
}
