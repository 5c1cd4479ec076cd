package com.haevn.layers.frontdoor;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.TextLists;
import com.haevn.modules.frontdoor.AlarmThresholds;
import com.haevn.modules.frontdoor.OriginRanges;
import com.haevn.modules.frontdoor.Weights;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code frontdoor} section: the origin ranges (valid, distinct networks, within the security
 * group's rule quota), the origin header's name, ports, the initial weights (blue and green summing to 100), the
 * alarm thresholds and the log retention.
 */
final class FrontdoorSettingsSection implements SettingsSection<FrontdoorSettings> {

    static final List<String> RANGE_KEYS = List.of("ipv4", "ipv6");
    static final List<String> WEIGHT_KEYS = List.of("blue", "green");
    static final List<String> ALARM_KEYS = List.of("target_5xx_percent", "unhealthy_hosts", "evaluation_minutes");
    private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}");
    private static final Set<String> RESERVED_HEADERS = Set.of("host", "content-length", "transfer-encoding",
            "connection", "x-forwarded-for", "x-forwarded-proto", "x-forwarded-port", "x-amzn-trace-id");

    @Override
    public String key() {
        return FrontdoorLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("origin_ranges", "origin_header", "target_port", "health_check_path", "initial_weights",
                "alarms", "access_log_retention_days");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("origin_ranges.ipv4", "list", "the IPv4 blocks the ALB admits on 443 and 80: "
                        + "Cloudflare's published ranges; networks with their host bits zero, distinct, at most "
                        + OriginRanges.MAX_BLOCKS_PER_FAMILY + " (two security-group rules each), never /0"),
                new SettingDoc("origin_ranges.ipv6", "list", "the IPv6 blocks, with the same rules"),
                new SettingDoc("origin_header", "text", "the header Cloudflare adds to every request and the ALB "
                        + "requires (its value is the CI secret TF_VAR_origin_header_secret); an HTTP header name of "
                        + "at most 40 characters that the ALB does not set itself"),
                new SettingDoc("target_port", "number", "the port the pods serve on (1 to 65535)"),
                new SettingDoc("health_check_path", "text", "the path both target groups probe, starting with `/`"),
                new SettingDoc("initial_weights", "mapping", "`blue` and `green`, whole percentages summing to 100: "
                        + "the forward's weights at creation (the release workflow owns them afterwards)"),
                new SettingDoc("alarms", "mapping", "per colour: `target_5xx_percent` (above 0, at most 100), "
                        + "`unhealthy_hosts` (at least 1), `evaluation_minutes` (1 to 60 consecutive breaching "
                        + "minutes)"),
                new SettingDoc("access_log_retention_days", "number", "days the ALB access logs are kept (1 to "
                        + "3653)"));
    }

    @Override
    public Optional<FrontdoorSettings> read(MappingReader section, SectionContext context) {
        Optional<MappingReader> ranges = section.mapping("origin_ranges", RANGE_KEYS);
        Optional<List<String>> ipv4 = ranges.flatMap(r -> ranges(r, "ipv4", OriginRanges::ipv4Problem));
        Optional<List<String>> ipv6 = ranges.flatMap(r -> ranges(r, "ipv6", OriginRanges::ipv6Problem));
        Optional<String> header = section.string("origin_header").flatMap(h -> header(h, section));
        Optional<Integer> port = section.integer("target_port")
                .flatMap(p -> inRange(p, 1, 65535, "a TCP port", section));
        Optional<String> path = section.string("health_check_path").flatMap(p -> healthCheckPath(p, section));
        Optional<Weights> weights = section.mapping("initial_weights", WEIGHT_KEYS).flatMap(this::weights);
        Optional<AlarmThresholds> alarms = section.mapping("alarms", ALARM_KEYS).flatMap(this::alarms);
        Optional<Integer> retention = section.integer("access_log_retention_days")
                .flatMap(d -> inRange(d, 1, 3653, "a retention in days", section));
        if (ipv4.isEmpty() || ipv6.isEmpty() || header.isEmpty() || port.isEmpty() || path.isEmpty()
                || weights.isEmpty() || alarms.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        if (ipv4.get().isEmpty() && ipv6.get().isEmpty()) {
            section.report("origin_ranges", "no origin range given: the ALB would admit nobody; list Cloudflare's "
                    + "published IPv4 and IPv6 ranges");
            return Optional.empty();
        }
        return Optional.of(new FrontdoorSettings(ipv4.get(), ipv6.get(), header.get(), port.get(), path.get(),
                weights.get(), alarms.get(), retention.get()));
    }

    private static Optional<List<String>> ranges(MappingReader ranges, String key,
                                                 Function<String, Optional<String>> problemOf) {
        Optional<List<Located<String>>> entries = TextLists.read(ranges, key);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        if (entries.get().size() > OriginRanges.MAX_BLOCKS_PER_FAMILY) {
            ranges.report(key, entries.get().size() + " blocks given; at most " + OriginRanges.MAX_BLOCKS_PER_FAMILY
                    + " fit the security group's 60 inbound rules per address family (each block takes HTTPS and "
                    + "HTTP); merge adjacent blocks");
            return Optional.empty();
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (Located<String> entry : entries.get()) {
            Optional<String> problem = problemOf.apply(entry.value());
            if (problem.isPresent()) {
                ranges.report(entry, problem.get());
                valid = false;
            } else if (!seen.add(entry.value())) {
                ranges.report(entry, "\"" + entry.value() + "\" is listed twice; list each block once");
                valid = false;
            }
        }
        return valid ? Optional.of(entries.get().stream().map(Located::value).toList()) : Optional.empty();
    }

    private static Optional<String> header(Located<String> header, MappingReader section) {
        if (!HEADER.matcher(header.value()).matches()) {
            section.report(header, "\"" + header.value() + "\" is not an HTTP header name of at most 40 characters "
                    + "(letters, digits and !#$%&'*+.^_`|~-), e.g. X-Haevn-Origin-Verify");
            return Optional.empty();
        }
        if (RESERVED_HEADERS.contains(header.value().toLowerCase())) {
            section.report(header, "\"" + header.value() + "\" is a header clients or the ALB set themselves; use a "
                    + "header of the platform's own, e.g. X-Haevn-Origin-Verify");
            return Optional.empty();
        }
        return Optional.of(header.value());
    }

    private static Optional<String> healthCheckPath(Located<String> path, MappingReader section) {
        if (!path.value().startsWith("/") || path.value().length() > 1024 || path.value().contains(" ")) {
            section.report(path, "\"" + path.value() + "\" is not a health check path; write an absolute path "
                    + "without spaces of at most 1024 characters, e.g. /healthz");
            return Optional.empty();
        }
        return Optional.of(path.value());
    }

    private Optional<Weights> weights(MappingReader weights) {
        Optional<Integer> blue = weights.integer("blue").flatMap(w -> inRange(w, 0, 100, "a percentage", weights));
        Optional<Integer> green = weights.integer("green").flatMap(w -> inRange(w, 0, 100, "a percentage", weights));
        if (blue.isEmpty() || green.isEmpty()) {
            return Optional.empty();
        }
        if (blue.get() + green.get() != 100) {
            weights.report("green", "blue " + blue.get() + " and green " + green.get() + " sum to "
                    + (blue.get() + green.get()) + "; the weights are percentages of the traffic and must sum to 100, "
                    + "e.g. blue: 100, green: 0");
            return Optional.empty();
        }
        return Optional.of(new Weights(blue.get(), green.get()));
    }

    private Optional<AlarmThresholds> alarms(MappingReader alarms) {
        Optional<BigDecimal> percent = alarms.decimal("target_5xx_percent").flatMap(p -> percent(p, alarms));
        Optional<Integer> hosts = alarms.integer("unhealthy_hosts")
                .flatMap(h -> inRange(h, 1, 1000, "a number of targets", alarms));
        Optional<Integer> minutes = alarms.integer("evaluation_minutes")
                .flatMap(m -> inRange(m, 1, 60, "a number of minutes", alarms));
        if (percent.isEmpty() || hosts.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AlarmThresholds(percent.get(), hosts.get(), minutes.get()));
    }

    private static Optional<BigDecimal> percent(Located<BigDecimal> value, MappingReader section) {
        if (value.value().signum() <= 0 || value.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            section.report(value, value.value().toPlainString() + " is not a share of requests in percent; use a "
                    + "number above 0 and at most 100, e.g. 5");
            return Optional.empty();
        }
        return Optional.of(value.value());
    }

    private static Optional<Integer> inRange(Located<Integer> value, int min, int max, String what,
                                             MappingReader section) {
        if (value.value() < min || value.value() > max) {
            section.report(value, value.value() + " is not " + what + " here; use " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.value());
    }
}
