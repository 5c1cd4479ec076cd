package com.haevn.modules.zone;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The hosts of one environment in the shared zone and the rules that apply to them.
 *
 * @param name                the environment, in rule descriptions
 * @param hosts               exact host names, or patterns with {@code *} (e.g. {@code pr-*-dev.haevn.io}, matched with
 *                            the rules language's {@code wildcard} operator); at least one
 * @param firewallRules       its custom rules, in order
 * @param rateLimits          its rate-limiting rules, in order (put the stricter ones first)
 * @param staticPathPrefixes  path prefixes cached at the edge (e.g. {@code /static/}); empty: no cache rule
 * @param staticEdgeTtlSeconds how long the edge keeps them, in seconds, whatever the origin says
 * @param originHeaderName    the header the front door requires
 * @param originHeaderValue   its value: a reference to a sensitive variable, never a literal secret
 */
public record HostScope(String name, List<String> hosts, List<FirewallRule> firewallRules, List<RateLimit> rateLimits,
                        List<String> staticPathPrefixes, int staticEdgeTtlSeconds, String originHeaderName,
                        String originHeaderValue) {

    public HostScope {
        Objects.requireNonNull(name, "name");
        hosts = List.copyOf(hosts);
        firewallRules = List.copyOf(firewallRules);
        rateLimits = List.copyOf(rateLimits);
        staticPathPrefixes = List.copyOf(staticPathPrefixes);
        Objects.requireNonNull(originHeaderName, "originHeaderName");
        Objects.requireNonNull(originHeaderValue, "originHeaderValue");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("host scope " + name + " names no host");
        }
        if (!staticPathPrefixes.isEmpty() && staticEdgeTtlSeconds < 1) {
            throw new IllegalArgumentException("host scope " + name + ": the edge TTL must be positive, got "
                    + staticEdgeTtlSeconds);
        }
    }

    /** The rules-language condition matching the scope's hosts, in parentheses. */
    public String hostCondition() {
        List<String> exact = hosts.stream().filter(host -> !host.contains("*")).toList();
        List<String> parts = new java.util.ArrayList<>();
        if (!exact.isEmpty()) {
            parts.add("http.host in {" + exact.stream().map(HostScope::quoted).collect(Collectors.joining(" ")) + "}");
        }
        hosts.stream().filter(host -> host.contains("*")).forEach(pattern -> parts.add("http.host wildcard "
                + quoted(pattern)));
        return "(" + String.join(" or ", parts) + ")";
    }

    /** {@code condition} limited to the scope's hosts. */
    public String scoped(String condition) {
        return hostCondition() + " and (" + condition + ")";
    }

    /** The condition matching any of the path prefixes. */
    static String pathCondition(List<String> prefixes) {
        return prefixes.stream().map(prefix -> "starts_with(http.request.uri.path, " + quoted(prefix) + ")")
                .collect(Collectors.joining(" or "));
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
