package com.haevn.modules.zone;

import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRules;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParameters;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersBrowserTtl;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersEdgeTtl;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersHeaders;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersOverrides;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersOverridesCategories;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesActionParametersOverridesRules;
import com.hashicorp.cdktf.providers.cloudflare.ruleset.RulesetRulesRatelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules of each phase for a list of host scopes, checked against the plan's {@link RuleLimits}. Each rule's
 * expression starts with its scope's host condition, so one environment's rules never apply to another's hosts; the
 * managed WAF also covers every host of the zone outside the scopes (review apps, anything added by hand).
 */
final class EdgeRules {

    static final String MANAGED_PHASE = "http_request_firewall_managed";
    static final String CUSTOM_PHASE = "http_request_firewall_custom";
    static final String RATE_LIMIT_PHASE = "http_ratelimit";
    static final String CACHE_PHASE = "http_request_cache_settings";
    static final String TRANSFORM_PHASE = "http_request_late_transform";

    /** Cloudflare's ids of its managed rulesets (the same in every account). */
    static final String CLOUDFLARE_MANAGED_RULESET = "efb7b8c949ac4650a09736fc376e9aee";
    static final String OWASP_CORE_RULESET = "4814384a9e5d4991b9815dcfc25d2f1f";
    /** The OWASP ruleset's "Inbound Anomaly Score Exceeded" rule, which takes the action. */
    static final String OWASP_ANOMALY_SCORE_RULE = "6179ae15870a4bb7b2d480d4843b323c";
    /** Cloudflare's "medium" anomaly-score threshold. */
    static final int OWASP_SCORE_THRESHOLD = 40;
    /** Paranoia level 1: the higher levels' categories are turned off (they block legitimate traffic too often). */
    static final List<String> OWASP_DISABLED_CATEGORIES = List.of("paranoia-level-2", "paranoia-level-3",
            "paranoia-level-4");
    /** A rate-limiting counter per client address and Cloudflare data centre (cf.colo.id is required). */
    static final List<String> RATE_LIMIT_CHARACTERISTICS = List.of("cf.colo.id", "ip.src");

    private final List<HostScope> scopes;
    private final RuleLimits limits;

    EdgeRules(List<HostScope> scopes, RuleLimits limits) {
        this.scopes = List.copyOf(scopes);
        this.limits = limits;
    }

    /** Per scope and for the rest of the zone: the Cloudflare Managed Ruleset, then the OWASP core ruleset. */
    List<RulesetRules> managedWaf() {
        if (!limits.managedWaf()) {
            throw new IllegalArgumentException("the zone's plan has no managed WAF rulesets (Pro and above do); the "
                    + "edge needs the Cloudflare Managed Ruleset and the OWASP core ruleset");
        }
        List<RulesetRules> rules = new ArrayList<>();
        for (HostScope scope : scopes) {
            rules.addAll(managedPair(scope.name(), scope.hostCondition()));
        }
        String anyScope = scopes.stream().map(HostScope::hostCondition).collect(Collectors.joining(" or "));
        rules.addAll(managedPair("other hosts", "not (" + anyScope + ")"));
        return rules;
    }

    private static List<RulesetRules> managedPair(String name, String expression) {
        RulesetRules managed = RulesetRules.builder()
                .action("execute")
                .description(name + ": Cloudflare Managed Ruleset")
                .expression(expression)
                .enabled(true)
                .actionParameters(List.of(RulesetRulesActionParameters.builder().id(CLOUDFLARE_MANAGED_RULESET)
                        .build()))
                .build();
        RulesetRules owasp = RulesetRules.builder()
                .action("execute")
                .description(name + ": OWASP core ruleset")
                .expression(expression)
                .enabled(true)
                .actionParameters(List.of(RulesetRulesActionParameters.builder()
                        .id(OWASP_CORE_RULESET)
                        .overrides(List.of(RulesetRulesActionParametersOverrides.builder()
                                .categories(OWASP_DISABLED_CATEGORIES.stream().map(category ->
                                        RulesetRulesActionParametersOverridesCategories.builder()
                                                .category(category).enabled(false).build()).toList())
                                .rules(List.of(RulesetRulesActionParametersOverridesRules.builder()
                                        .id(OWASP_ANOMALY_SCORE_RULE)
                                        .action("block")
                                        .scoreThreshold(OWASP_SCORE_THRESHOLD)
                                        .build()))
                                .build()))
                        .build()))
                .build();
        return List.of(managed, owasp);
    }

    List<RulesetRules> custom() {
        List<RulesetRules> rules = new ArrayList<>();
        for (HostScope scope : scopes) {
            for (FirewallRule rule : scope.firewallRules()) {
                rules.add(RulesetRules.builder()
                        .action(rule.action())
                        .description(scope.name() + ": " + rule.name())
                        .expression(scope.scoped(rule.expression()))
                        .enabled(true)
                        .build());
            }
        }
        requireAtMost(rules.size(), limits.customRules(), "custom rules", CUSTOM_PHASE);
        return rules;
    }

    List<RulesetRules> rateLimits() {
        List<RulesetRules> rules = new ArrayList<>();
        for (HostScope scope : scopes) {
            for (RateLimit limit : scope.rateLimits()) {
                String where = scope.name() + " rate limit " + limit.name();
                if (!limits.rateLimitPeriods().contains(limit.periodSeconds())) {
                    throw new IllegalArgumentException(where + ": a period of " + limit.periodSeconds() + " s is not "
                            + "available on the zone's plan; use one of " + sorted(limits.rateLimitPeriods()));
                }
                if (!limits.mitigationTimeouts().contains(limit.timeoutSeconds())) {
                    throw new IllegalArgumentException(where + ": a timeout of " + limit.timeoutSeconds() + " s is "
                            + "not available on the zone's plan; use one of " + sorted(limits.mitigationTimeouts()));
                }
                String paths = limit.pathPrefixes().isEmpty() ? "true" : HostScope.pathCondition(limit.pathPrefixes());
                rules.add(RulesetRules.builder()
                        .action("block")
                        .description(scope.name() + ": " + limit.name())
                        .expression(scope.scoped(paths))
                        .enabled(true)
                        .ratelimit(List.of(RulesetRulesRatelimit.builder()
                                .characteristics(RATE_LIMIT_CHARACTERISTICS)
                                .period(limit.periodSeconds())
                                .requestsPerPeriod(limit.requests())
                                .mitigationTimeout(limit.timeoutSeconds())
                                .build()))
                        .build());
            }
        }
        requireAtMost(rules.size(), limits.rateLimitRules(), "rate-limiting rules", RATE_LIMIT_PHASE);
        return rules;
    }

    /** Static paths cached at the edge for the scope's TTL; the browser keeps what the origin says. */
    List<RulesetRules> cache() {
        List<RulesetRules> rules = new ArrayList<>();
        for (HostScope scope : scopes) {
            if (scope.staticPathPrefixes().isEmpty()) {
                continue;
            }
            rules.add(RulesetRules.builder()
                    .action("set_cache_settings")
                    .description(scope.name() + ": cache static paths")
                    .expression(scope.scoped(HostScope.pathCondition(scope.staticPathPrefixes())))
                    .enabled(true)
                    .actionParameters(List.of(RulesetRulesActionParameters.builder()
                            .cache(true)
                            .edgeTtl(List.of(RulesetRulesActionParametersEdgeTtl.builder()
                                    .mode("override_origin").defaultValue(scope.staticEdgeTtlSeconds()).build()))
                            .browserTtl(List.of(RulesetRulesActionParametersBrowserTtl.builder()
                                    .mode("respect_origin").build()))
                            .build()))
                    .build());
        }
        requireAtMost(rules.size(), limits.cacheRules(), "cache rules", CACHE_PHASE);
        return rules;
    }

    /** The header the scope's front door requires, set (overwriting anything a client sent) on every request. */
    List<RulesetRules> originHeader() {
        List<RulesetRules> rules = new ArrayList<>();
        for (HostScope scope : scopes) {
            rules.add(RulesetRules.builder()
                    .action("rewrite")
                    .description(scope.name() + ": origin header for the front door")
                    .expression(scope.hostCondition())
                    .enabled(true)
                    .actionParameters(List.of(RulesetRulesActionParameters.builder()
                            .headers(List.of(RulesetRulesActionParametersHeaders.builder()
                                    .name(scope.originHeaderName())
                                    .operation("set")
                                    .value(scope.originHeaderValue())
                                    .build()))
                            .build()))
                    .build());
        }
        requireAtMost(rules.size(), limits.transformRules(), "request header transform rules", TRANSFORM_PHASE);
        return rules;
    }

    private static void requireAtMost(int count, int limit, String what, String phase) {
        if (count > limit) {
            throw new IllegalArgumentException(count + " " + what + " across the environments, but the zone's plan "
                    + "allows " + limit + " in " + phase + "; remove or merge rules, or change the plan");
        }
    }

    private static List<Integer> sorted(java.util.Set<Integer> values) {
        return values.stream().sorted().toList();
    }
}
