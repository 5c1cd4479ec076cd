package com.haevn.layers.zone;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.TextLists;
import com.haevn.modules.certificates.DnsNames;
import com.haevn.modules.zone.FirewallRule;
import com.haevn.modules.zone.RateLimit;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code edge} section: host names (exact, or with {@code *} inside the first label), custom
 * rules, rate limits (at least one on login or API paths, stricter than any rule counting every path) and the cache
 * rule's paths. What depends on the plan and on the other environments (rule counts, periods) is checked when the
 * zone stack is built.
 */
final class ZoneSettingsSection implements SettingsSection<ZoneSettings> {

    static final List<String> FIREWALL_KEYS = List.of("name", "action", "expression");
    static final List<String> RATE_LIMIT_KEYS = List.of("name", "paths", "requests", "period_seconds",
            "timeout_seconds");
    static final List<String> CACHE_KEYS = List.of("static_paths", "edge_ttl_seconds");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

    @Override
    public String key() {
        return ZoneLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("hostnames", "firewall_rules", "rate_limits", "cache");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("hostnames", "list", "the environment's hosts in the shared zone, which its rules "
                        + "apply to: the zone apex or one label below it (the universal certificate's depth), "
                        + "distinct across environments; `*` inside the first label is a pattern "
                        + "(`pr-*-dev.haevn.io`: the review apps); the first exact name is the load balancer's"),
                new SettingDoc("firewall_rules[]", "list", "custom WAF rules: `name` (`[a-z][a-z0-9-]*`, unique), "
                        + "`action` (block, managed_challenge, js_challenge, challenge), `expression` (Cloudflare "
                        + "rules language; the environment's host condition is added around it)"),
                new SettingDoc("rate_limits[]", "list", "rate-limiting rules per client address: `name`, `paths` "
                        + "(URI path prefixes; empty counts every path), `requests` per `period_seconds`, "
                        + "`timeout_seconds` of blocking; at least one with paths (login, API), each stricter than "
                        + "every rule without; periods and timeouts and the total across environments within the "
                        + "plan (docs/edge.md)"),
                new SettingDoc("cache", "mapping", "`static_paths` (path prefixes cached at the edge; empty: no "
                        + "cache rule) and `edge_ttl_seconds` (60 to 31536000)"));
    }

    @Override
    public Optional<ZoneSettings> read(MappingReader section, SectionContext context) {
        Optional<List<String>> hostnames = hostnames(section);
        Optional<List<FirewallRule>> firewallRules = entries(section, "firewall_rules", this::firewallRule);
        Optional<List<RateLimit>> rateLimits = entries(section, "rate_limits", this::rateLimit)
                .flatMap(limits -> stricterOnPaths(limits, section));
        Optional<MappingReader> cache = section.mapping("cache", CACHE_KEYS);
        Optional<List<String>> staticPaths = cache.flatMap(c -> paths(c, "static_paths"));
        Optional<Integer> edgeTtl = cache.flatMap(c -> c.integer("edge_ttl_seconds")).flatMap(ttl -> {
            if (ttl.value() < 60 || ttl.value() > 31_536_000) {
                cache.get().report(ttl, ttl.value() + " is not an edge TTL here; use 60 to 31536000 seconds");
                return Optional.empty();
            }
            return Optional.of(ttl.value());
        });
        if (hostnames.isEmpty() || firewallRules.isEmpty() || rateLimits.isEmpty() || staticPaths.isEmpty()
                || edgeTtl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ZoneSettings(hostnames.get(), firewallRules.get(), rateLimits.get(),
                staticPaths.get(), edgeTtl.get()));
    }

    private static Optional<List<String>> hostnames(MappingReader section) {
        Optional<List<Located<String>>> names = TextLists.read(section, "hostnames");
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (names.get().stream().noneMatch(name -> !name.value().contains("*"))) {
            section.report("hostnames", "no exact host name given; list at least the environment's main host, e.g. "
                    + "dev.haevn.io");
            return Optional.empty();
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (Located<String> name : names.get()) {
            String firstLabel = name.value().split("\\.", 2)[0];
            boolean patternOutsideFirstLabel = name.value().substring(firstLabel.length()).contains("*");
            Optional<String> problem = DnsNames.problem(name.value().replace("*", "x"));
            if (problem.isPresent() || patternOutsideFirstLabel) {
                section.report(name, problem.orElse("\"" + name.value() + "\" has a * outside its first label; "
                        + "a pattern may only vary the first label, e.g. pr-*-dev.haevn.io"));
                valid = false;
            } else if (!seen.add(name.value())) {
                section.report(name, "\"" + name.value() + "\" is listed twice; list each host once");
                valid = false;
            }
        }
        return valid ? Optional.of(names.get().stream().map(Located::value).toList()) : Optional.empty();
    }

    private interface EntryReader<T> {
        Optional<T> read(MappingReader entry, Set<String> names);
    }

    private static <T> Optional<List<T>> entries(MappingReader section, String key, EntryReader<T> reader) {
        Optional<List<Node>> nodes = section.sequence(key).map(list -> list.getValue());
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        List<T> values = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            List<String> keys = key.equals("firewall_rules") ? FIREWALL_KEYS : RATE_LIMIT_KEYS;
            Optional<T> value = section.mappingAt(nodes.get().get(i), key + "[" + i + "]", keys)
                    .flatMap(entry -> reader.read(entry, names));
            valid &= value.isPresent();
            value.ifPresent(values::add);
        }
        return valid ? Optional.of(values) : Optional.empty();
    }

    private Optional<FirewallRule> firewallRule(MappingReader entry, Set<String> names) {
        Optional<String> name = name(entry, names);
        Optional<String> action = entry.string("action").flatMap(a -> {
            if (!FirewallRule.ACTIONS.contains(a.value())) {
                entry.report(a, "\"" + a.value() + "\" is not a custom rule action here; use one of "
                        + FirewallRule.ACTIONS.stream().sorted().toList());
                return Optional.empty();
            }
            return Optional.of(a.value());
        });
        Optional<String> expression = entry.string("expression").flatMap(e -> {
            if (e.value().isBlank() || e.value().length() > 4096 || !balanced(e.value())) {
                entry.report(e, "not a rules-language expression: it must be 1 to 4096 characters with balanced "
                        + "parentheses, e.g. starts_with(http.request.uri.path, \"/wp-admin\")");
                return Optional.empty();
            }
            return Optional.of(e.value());
        });
        if (name.isEmpty() || action.isEmpty() || expression.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FirewallRule(name.get(), action.get(), expression.get()));
    }

    private Optional<RateLimit> rateLimit(MappingReader entry, Set<String> names) {
        Optional<String> name = name(entry, names);
        Optional<List<String>> paths = paths(entry, "paths");
        Optional<Integer> requests = positive(entry, "requests");
        Optional<Integer> period = positive(entry, "period_seconds");
        Optional<Integer> timeout = positive(entry, "timeout_seconds");
        if (name.isEmpty() || paths.isEmpty() || requests.isEmpty() || period.isEmpty() || timeout.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimit(name.get(), paths.get(), requests.get(), period.get(), timeout.get()));
    }

    /** Login and API paths need a rule of their own, stricter than the one counting every path. */
    private static Optional<List<RateLimit>> stricterOnPaths(List<RateLimit> limits, MappingReader section) {
        List<RateLimit> scoped = limits.stream().filter(limit -> !limit.pathPrefixes().isEmpty()).toList();
        if (scoped.isEmpty()) {
            section.report("rate_limits", "no rate limit on login or API paths; add one with paths: [/login, /api/]");
            return Optional.empty();
        }
        for (RateLimit general : limits.stream().filter(limit -> limit.pathPrefixes().isEmpty()).toList()) {
            for (RateLimit strict : scoped) {
                if (strict.requestsPerSecond() >= general.requestsPerSecond()) {
                    section.report("rate_limits", "rate limit " + strict.name() + " allows " + strict.requests()
                            + " per " + strict.periodSeconds() + " s, not less than " + general.name() + " on every "
                            + "path (" + general.requests() + " per " + general.periodSeconds() + " s); the login and "
                            + "API rule must be the stricter one");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(limits);
    }

    private static Optional<String> name(MappingReader entry, Set<String> names) {
        return entry.string("name").flatMap(n -> {
            if (!NAME.matcher(n.value()).matches()) {
                entry.report(n, "\"" + n.value() + "\" is not a rule name; use [a-z][a-z0-9-]*, at most 40 characters");
                return Optional.empty();
            }
            if (!names.add(n.value())) {
                entry.report(n, "\"" + n.value() + "\" is used twice; name each rule once");
                return Optional.empty();
            }
            return Optional.of(n.value());
        });
    }

    private static Optional<List<String>> paths(MappingReader section, String key) {
        Optional<List<Located<String>>> paths = TextLists.read(section, key);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        boolean valid = true;
        for (Located<String> path : paths.get()) {
            if (!PATH.matcher(path.value()).matches()) {
                section.report(path, "\"" + path.value() + "\" is not a path prefix; write an absolute path of "
                        + "letters, digits and ._~/-, e.g. /api/");
                valid = false;
            }
        }
        return valid ? Optional.of(paths.get().stream().map(Located::value).toList()) : Optional.empty();
    }

    private static Optional<Integer> positive(MappingReader entry, String key) {
        return entry.integer(key).flatMap(value -> {
            if (value.value() < 1) {
                entry.report(value, value.value() + " is not positive; " + key + " must be at least 1");
                return Optional.empty();
            }
            return Optional.of(value.value());
        });
    }

    private static boolean balanced(String expression) {
        int depth = 0;
        for (char c : expression.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
