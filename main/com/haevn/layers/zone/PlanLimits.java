package com.haevn.layers.zone;

import com.haevn.environment.CloudflarePlan;
import com.haevn.modules.zone.RuleLimits;

import java.util.Set;

/**
 * What each Cloudflare plan allows the zone, from Cloudflare's documentation (checked 2026-12-01: "Rate limiting
 * rules: availability", "Custom rules: availability", "Cache Rules: availability", "Transform Rules: availability",
 * "WAF Managed Rules: availability"). The rate-limiting periods and timeouts are the values the dashboard and API
 * accept per plan; Enterprise is taken without the Advanced Rate Limiting add-on's extras.
 */
final class PlanLimits {

    private PlanLimits() {
    }

    static RuleLimits of(CloudflarePlan plan) {
        return switch (plan) {
            case FREE -> new RuleLimits(false, 5, 1, Set.of(10), Set.of(10), 10, 10);
            case PRO -> new RuleLimits(true, 20, 2, Set.of(10, 60), Set.of(10, 60), 25, 25);
            case BUSINESS -> new RuleLimits(true, 100, 5, Set.of(10, 60, 600), Set.of(10, 60, 600, 3600), 50, 50);
            case ENTERPRISE -> new RuleLimits(true, 1000, 100, Set.of(10, 60, 120, 300, 600, 3600),
                    Set.of(10, 60, 120, 300, 600, 3600, 86400), 300, 300);
        };
    }
}
