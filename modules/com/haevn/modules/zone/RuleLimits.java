package com.haevn.modules.zone;

import java.util.Set;

/**
 * What the zone's plan allows: rules per phase, the rate-limiting periods and mitigation timeouts, and whether the
 * managed WAF rulesets can be deployed. {@link EdgeZone} refuses a configuration beyond them, so a plan that
 * Cloudflare would reject at apply fails at synth.
 *
 * @param managedWaf         whether the Cloudflare Managed Ruleset and the OWASP core ruleset are available
 * @param customRules        rules in {@code http_request_firewall_custom}
 * @param rateLimitRules     rules in {@code http_ratelimit}
 * @param rateLimitPeriods   the counting periods allowed, in seconds
 * @param mitigationTimeouts the mitigation timeouts allowed, in seconds
 * @param cacheRules         rules in {@code http_request_cache_settings}
 * @param transformRules     rules in {@code http_request_late_transform}
 */
public record RuleLimits(boolean managedWaf, int customRules, int rateLimitRules, Set<Integer> rateLimitPeriods,
                         Set<Integer> mitigationTimeouts, int cacheRules, int transformRules) {

    public RuleLimits {
        rateLimitPeriods = Set.copyOf(rateLimitPeriods);
        mitigationTimeouts = Set.copyOf(mitigationTimeouts);
    }
}
