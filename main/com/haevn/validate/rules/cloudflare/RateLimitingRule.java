package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Block;

/** HVN-CF-004: every zone has a rate-limiting rule. */
public final class RateLimitingRule extends RulesetPhaseRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-004", Severity.ERROR,
            "Cloudflare zones have a rate-limiting rule",
            "Rate limiting at the edge is the platform's protection against credential stuffing and request "
                    + "floods; without it every request reaches the ALB and the services.",
            "Add a cloudflare_ruleset with zone_id = the zone, kind = \"zone\", phase = \"http_ratelimit\" and a "
                    + "rule with a ratelimit { characteristics, period, requests_per_period, mitigation_timeout } "
                    + "block.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String phase() {
        return "http_ratelimit";
    }

    @Override
    protected boolean qualifies(Block rule) {
        boolean disabled = rule.attr("enabled").bool().filter(enabled -> !enabled).isPresent();
        return !disabled && rule.attr("ratelimit").isSet();
    }

    @Override
    protected String requirement() {
        return "with a ratelimit rule";
    }
}
