package com.haevn.layers.zone;

import com.haevn.modules.zone.FirewallRule;
import com.haevn.modules.zone.RateLimit;

import java.util.List;

/**
 * The {@code edge} section of an environment file: the environment's hosts in the shared zone and its rules there.
 *
 * @param hostnames            the hosts its rules apply to ({@code hostnames}); the first is its load balancer's
 * @param firewallRules        its custom WAF rules ({@code firewall_rules})
 * @param rateLimits           its rate-limiting rules ({@code rate_limits}), path-scoped ones first
 * @param staticPathPrefixes   the paths cached at the edge ({@code cache.static_paths})
 * @param staticEdgeTtlSeconds their edge TTL ({@code cache.edge_ttl_seconds})
 */
public record ZoneSettings(List<String> hostnames, List<FirewallRule> firewallRules, List<RateLimit> rateLimits,
                           List<String> staticPathPrefixes, int staticEdgeTtlSeconds) {

    public ZoneSettings {
        hostnames = List.copyOf(hostnames);
        firewallRules = List.copyOf(firewallRules);
        rateLimits = List.copyOf(rateLimits);
        staticPathPrefixes = List.copyOf(staticPathPrefixes);
    }

    /** The exact host names (not the patterns such as {@code pr-*-dev.haevn.io}), in order. */
    public List<String> exactHostnames() {
        return hostnames.stream().filter(host -> !host.contains("*")).toList();
    }
}
