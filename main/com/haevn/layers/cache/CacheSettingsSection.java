package com.haevn.layers.cache;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.cache.CacheUser;
import com.haevn.modules.cache.RedisClusterProps;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code cache} section: the ranges ElastiCache accepts, IAM users without passwords, and the
 * tier rules: staging and production keep a copy of every shard in each of the region's three AZs (two replicas per
 * shard), keep snapshots, and link their regions with a global datastore (whose node types start at m5/r5; a
 * primary replicates to at most two other regions). An environment of one region may have a global datastore of its
 * primary alone, which a region added later joins.
 */
final class CacheSettingsSection implements SettingsSection<CacheSettings> {

    static final List<String> USER_KEYS = List.of("name", "access_string");
    /** A primary and two replicas: one copy of each shard per AZ of the three. */
    static final int MIN_HIGH_AVAILABILITY_REPLICAS = 2;
    /** A primary and up to two secondaries (AWS: replication to up to two other regions). */
    static final int MAX_GLOBAL_REGIONS = 3;

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern NODE_TYPE = Pattern.compile("cache\\.[a-z][a-z0-9]*\\.[a-z0-9]+");
    /** Global datastores: m5 or r5 and newer generations (AWS: "not supported on instances older than m5 or r5"). */
    private static final Pattern GLOBAL_NODE_TYPE = Pattern.compile("cache\\.[mr]([5-9])[a-z]*\\.[a-z0-9]+");
    private static final Pattern WINDOW = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)-([01]\\d|2[0-3]):([0-5]\\d)");

    @Override
    public String key() {
        return CacheLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("engine_version", "node_type", "shards", "replicas_per_shard", "snapshot_retention_days",
                "snapshot_window", "slow_log_retention_days", "users", "global_datastore");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("engine_version", "text", "Redis version `major.minor`, 7.0 or newer (IAM "
                        + "authentication needs 7.0), quoted, e.g. \"7.1\"; cluster mode through the "
                        + "`default.redis7.cluster.on` parameter group"),
                new SettingDoc("node_type", "text", "ElastiCache node type, e.g. `cache.r7g.large`; with "
                        + "`global_datastore: true` an m or r type of generation 5 or newer"),
                new SettingDoc("shards", "number", "shards (node groups) of the cluster, 1.." + RedisClusterProps.MAX_SHARDS
                        + "; a secondary region has the primary's"),
                new SettingDoc("replicas_per_shard", "number", "replicas of each shard's primary, 1.."
                        + RedisClusterProps.MAX_REPLICAS_PER_SHARD + "; at least " + MIN_HIGH_AVAILABILITY_REPLICAS
                        + " for staging and production, so that each of the three AZs holds a copy"),
                new SettingDoc("snapshot_retention_days", "number", "days a daily snapshot is kept, 0.."
                        + RedisClusterProps.MAX_SNAPSHOT_RETENTION_DAYS + "; at least 1 for staging and production"),
                new SettingDoc("snapshot_window", "text", "daily snapshot window in UTC, `hh:mm-hh:mm`, at least 60 "
                        + "minutes, e.g. `03:00-04:00`"),
                new SettingDoc("slow_log_retention_days", "number", "days the KMS-encrypted slow-log group keeps "
                        + "events: a CloudWatch Logs retention value (1, 3, 5, 7, 14, 30, 60, 90, ...)"),
                new SettingDoc("users[]", "list", "the IAM-authenticated users applications connect as: `name` "
                        + "(user id and name, lowercase letters, digits and hyphens, at most " + CacheUser.MAX_NAME_LENGTH
                        + " characters, not `default`; unique) and `access_string` (Redis ACL rules starting with "
                        + "`on`, no password rules); at least one"),
                new SettingDoc("global_datastore", "true/false", "link the environment's two regions with an "
                        + "ElastiCache global datastore: primary in the first region, the others (at most two) "
                        + "join it; true for staging and production"));
    }

    @Override
    public Optional<CacheSettings> read(MappingReader section, SectionContext context) {
        Optional<Tier> highAvailability = context.tier().filter(Tier::requiresHighAvailability);
        Optional<String> version = section.string("engine_version").flatMap(v -> version(section, v));
        Optional<Located<Boolean>> global = section.bool("global_datastore")
                .filter(g -> globalAllowed(section, g, highAvailability, context));
        Optional<String> nodeType = section.string("node_type")
                .flatMap(n -> nodeType(section, n, global.map(Located::value).orElse(false)));
        Optional<Integer> shards = section.integer("shards").flatMap(s -> range(section, s, 1,
                RedisClusterProps.MAX_SHARDS, "a shard count ElastiCache accepts"));
        Optional<Integer> replicas = section.integer("replicas_per_shard").flatMap(r -> range(section, r, 1,
                RedisClusterProps.MAX_REPLICAS_PER_SHARD, "a replica count per shard (automatic failover and "
                        + "Multi-AZ need at least one)"))
                .filter(r -> r >= MIN_HIGH_AVAILABILITY_REPLICAS || highAvailability.isEmpty()
                        || tierRule(section, "replicas_per_shard", highAvailability.get(), "keeps a copy of every shard "
                                + "in each of its region's three AZs, so it needs at least "
                                + MIN_HIGH_AVAILABILITY_REPLICAS + " replicas per shard; got " + r));
        Optional<Integer> retention = section.integer("snapshot_retention_days").flatMap(d -> range(section, d, 0,
                RedisClusterProps.MAX_SNAPSHOT_RETENTION_DAYS, "a snapshot retention ElastiCache accepts (days)"))
                .filter(d -> d >= 1 || highAvailability.isEmpty()
                        || tierRule(section, "snapshot_retention_days", highAvailability.get(), "keeps daily snapshots "
                                + "of its cache, so it needs a retention of at least 1 day; got " + d));
        Optional<String> window = section.string("snapshot_window").flatMap(w -> window(section, w));
        Optional<Integer> slowLog = section.integer("slow_log_retention_days").flatMap(d -> {
            if (RedisClusterProps.LOG_RETENTION_DAYS.contains(d.value())) {
                return Optional.of(d.value());
            }
            section.report(d, d.value() + " is not a retention CloudWatch Logs accepts; use one of "
                    + RedisClusterProps.LOG_RETENTION_DAYS);
            return Optional.empty();
        });
        Optional<List<CacheUser>> users = users(section);
        if (version.isEmpty() || nodeType.isEmpty() || shards.isEmpty() || replicas.isEmpty() || retention.isEmpty()
                || window.isEmpty() || slowLog.isEmpty() || users.isEmpty() || global.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CacheSettings(version.get(), nodeType.get(), shards.get(), replicas.get(),
                retention.get(), window.get(), slowLog.get(), users.get(), global.get().value()));
    }

    private static Optional<String> version(MappingReader section, Located<String> version) {
        Matcher matcher = VERSION.matcher(version.value());
        if (matcher.matches() && Integer.parseInt(matcher.group(1)) >= 7) {
            return Optional.of(version.value());
        }
        section.report(version, "\"" + version.value() + "\" is not a Redis version of 7.0 or newer written "
                + "major.minor; IAM authentication needs Redis 7.0, e.g. \"7.1\"");
        return Optional.empty();
    }

    private static boolean globalAllowed(MappingReader section, Located<Boolean> global,
                                         Optional<Tier> highAvailability, SectionContext context) {
        if (!global.value() && highAvailability.isPresent()) {
            return tierRule(section, "global_datastore", highAvailability.get(), "runs its regions active, so its "
                    + "cache is linked across them by a global datastore; set global_datastore: true");
        }
        if (global.value() && context.regions().size() > MAX_GLOBAL_REGIONS) {
            section.report(global, "a global datastore replicates its primary to at most "
                    + (MAX_GLOBAL_REGIONS - 1) + " other regions, but the environment has " + context.regions().size()
                    + " regions; list at most " + MAX_GLOBAL_REGIONS);
            return false;
        }
        return true;
    }

    private static Optional<String> nodeType(MappingReader section, Located<String> nodeType, boolean global) {
        if (!NODE_TYPE.matcher(nodeType.value()).matches()) {
            section.report(nodeType, "\"" + nodeType.value() + "\" is not an ElastiCache node type; write it like "
                    + "cache.r7g.large");
            return Optional.empty();
        }
        if (global && !GLOBAL_NODE_TYPE.matcher(nodeType.value()).matches()) {
            section.report(nodeType, "a global datastore needs an m or r node type of generation 5 or newer (AWS: "
                    + "not supported on instances older than m5 or r5, nor on t types), got " + nodeType.value()
                    + "; use e.g. cache.r7g.large or cache.m7g.large");
            return Optional.empty();
        }
        return Optional.of(nodeType.value());
    }

    private static Optional<String> window(MappingReader section, Located<String> window) {
        Matcher matcher = WINDOW.matcher(window.value());
        if (!matcher.matches()) {
            section.report(window, "\"" + window.value() + "\" is not a snapshot window; write hh:mm-hh:mm in UTC, "
                    + "e.g. 03:00-04:00");
            return Optional.empty();
        }
        int start = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        int end = Integer.parseInt(matcher.group(3)) * 60 + Integer.parseInt(matcher.group(4));
        int minutes = Math.floorMod(end - start, 24 * 60);
        if (minutes < 60) {
            section.report(window, "the snapshot window " + window.value() + " lasts " + minutes + " minutes; "
                    + "ElastiCache needs at least 60");
            return Optional.empty();
        }
        return Optional.of(window.value());
    }

    private static Optional<List<CacheUser>> users(MappingReader section) {
        Optional<List<Node>> nodes = section.sequence("users").map(list -> list.getValue());
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        if (nodes.get().isEmpty()) {
            section.report("users", "no cache user is defined; add the one the applications connect as, e.g. "
                    + "{ name: haevn-app, access_string: \"on ~* &* +@all -@dangerous\" }");
            return Optional.empty();
        }
        List<CacheUser> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<MappingReader> entry = section.mappingAt(nodes.get().get(i), "users[" + i + "]", USER_KEYS);
            if (entry.isEmpty()) {
                valid = false;
                continue;
            }
            Optional<Located<String>> name = entry.get().string("name");
            Optional<Located<String>> access = entry.get().string("access_string");
            if (name.isEmpty() || access.isEmpty()) {
                valid = false;
                continue;
            }
            String problem = CacheUser.problem(name.get().value(), access.get().value());
            if (problem != null) {
                entry.get().report(problem.contains("access string") ? access.get() : name.get(), problem);
                valid = false;
            } else if (!names.add(name.get().value())) {
                entry.get().report(name.get(), "cache user \"" + name.get().value() + "\" is defined twice; give "
                        + "each user its own name");
                valid = false;
            } else {
                users.add(new CacheUser(name.get().value(), access.get().value()));
            }
        }
        return valid ? Optional.of(users) : Optional.empty();
    }

    /** Reports a tier rule broken by the key's value; always false, for use in filters. */
    private static boolean tierRule(MappingReader section, String key, Tier tier, String rule) {
        section.report(key, "a " + tier.yamlValue() + " environment " + rule);
        return false;
    }

    private static Optional<Integer> range(MappingReader section, Located<Integer> value, int min, int max,
                                           String what) {
        if (value.value() >= min && value.value() <= max) {
            return Optional.of(value.value());
        }
        section.report(value, value.value() + " is not " + what + "; use " + min + ".." + max);
        return Optional.empty();
    }
}
