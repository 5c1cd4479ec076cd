package com.haevn.layers.data;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Suggestions;
import com.haevn.environment.Tier;
import com.haevn.modules.data.AuroraServerlessV2;
import com.haevn.modules.data.DatabaseEngine;
import com.haevn.modules.data.DatabaseProps;
import com.haevn.modules.data.RdsMultiAz;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads and checks the {@code data} section. Tier rules: staging and production run a writer plus at least one
 * reader in another AZ (development may run the writer alone); an environment with two regions runs Aurora, whose
 * global database with write forwarding lets the second region write (RDS Multi-AZ has no equivalent).
 */
final class DataSettingsSection implements SettingsSection<DataSettings> {

    static final String AURORA = "aurora-serverless-v2";
    static final String RDS = "rds-multi-az";
    static final List<String> AURORA_KEYS = List.of("readers", "min_capacity_acu", "max_capacity_acu");
    static final List<String> RDS_KEYS = List.of("instance_class", "allocated_storage_gib", "max_allocated_storage_gib");
    /** Supported PostgreSQL majors: Aurora PostgreSQL global write forwarding needs 14 or later. */
    static final int MIN_MAJOR = 14;
    static final int MAX_MAJOR = 17;
    /** RDS's shortest backup window. */
    static final int MIN_BACKUP_WINDOW_MINUTES = 30;
    /** The maintenance window of {@link DatabaseProps#DEFAULT_MAINTENANCE_WINDOW}, in minutes of the day (Sunday). */
    private static final int MAINTENANCE_START_MINUTE = 5 * 60;
    private static final int MAINTENANCE_END_MINUTE = 6 * 60;

    @Override
    public String key() {
        return DataLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("engine", "postgres_version", "backup_window", "slow_statement_ms");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("engine", "mapping", "exactly one of `" + AURORA + ": { readers, min_capacity_acu, "
                        + "max_capacity_acu }` (Aurora PostgreSQL Serverless v2: `readers` besides the writer, 0.."
                        + AuroraServerlessV2.MAX_READERS + ", at least 1 for staging and production, each in the next "
                        + "AZ; capacities 0.5..256 ACUs in steps of 0.5, min at most max) or `" + RDS + ": { "
                        + "instance_class, allocated_storage_gib, max_allocated_storage_gib }` (RDS PostgreSQL "
                        + "Multi-AZ: e.g. `db.m6g.large`, gp3 storage " + RdsMultiAz.MIN_STORAGE_GIB + ".."
                        + RdsMultiAz.MAX_STORAGE_GIB + " GiB, autoscaling ceiling at least the storage); an "
                        + "environment with two regions needs `" + AURORA + "` (global database, write forwarding)"),
                new SettingDoc("postgres_version", "text", "PostgreSQL major.minor, " + MIN_MAJOR + ".x to "
                        + MAX_MAJOR + ".x, e.g. `\"16.6\"` (quoted); names the parameter group family"),
                new SettingDoc("backup_window", "text", "the daily automated backup's window, UTC, `hh:mm-hh:mm`, at "
                        + "least " + MIN_BACKUP_WINDOW_MINUTES + " minutes, outside the maintenance window (Sunday "
                        + "05:00-06:00); backups are kept 35 days"),
                new SettingDoc("slow_statement_ms", "number", "statements running longer are logged "
                        + "(`log_min_duration_statement`, exported to CloudWatch Logs); 0 logs every statement"));
    }

    @Override
    public Optional<DataSettings> read(MappingReader section, SectionContext context) {
        Optional<DatabaseEngine> engine = engine(section, context);
        Optional<String> version = section.string("postgres_version").flatMap(v -> version(section, v));
        Optional<String> window = section.string("backup_window").flatMap(w -> backupWindow(section, w));
        Optional<Integer> slow = section.integer("slow_statement_ms").flatMap(ms -> {
            if (ms.value() >= 0) {
                return Optional.of(ms.value());
            }
            section.report(ms, ms.value() + " is not a duration in milliseconds; use 0 or more (0 logs every "
                    + "statement)");
            return Optional.empty();
        });
        if (engine.isEmpty() || version.isEmpty() || window.isEmpty() || slow.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DataSettings(engine.get(), version.get(), window.get(), slow.get()));
    }

    /** {@code engine:} is a mapping with exactly one entry, named after the engine. */
    private static Optional<DatabaseEngine> engine(MappingReader section, SectionContext context) {
        Optional<Node> node = section.required("engine");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!(node.get() instanceof MappingNode mapping) || mapping.getValue().size() != 1
                || !(mapping.getValue().get(0).getKeyNode() instanceof ScalarNode)) {
            section.report("engine", "expected one engine with its sizes, e.g. { " + AURORA + ": { readers: 2, "
                    + "min_capacity_acu: 2, max_capacity_acu: 64 } } or { " + RDS + ": { instance_class: "
                    + "db.m6g.large, allocated_storage_gib: 100, max_allocated_storage_gib: 500 } }");
            return Optional.empty();
        }
        NodeTuple entry = mapping.getValue().get(0);
        String name = ((ScalarNode) entry.getKeyNode()).getValue();
        Located<String> located = new Located<>(name, section.childPath("engine." + name),
                entry.getKeyNode().getStartMark().getLine() + 1);
        if (AURORA.equals(name)) {
            return section.mappingAt(entry.getValueNode(), "engine." + name, AURORA_KEYS)
                    .flatMap(aurora -> aurora(aurora, context.tier()));
        }
        if (RDS.equals(name)) {
            if (context.regions().size() > 1) {
                section.report(located, "an environment with " + context.regions().size() + " regions runs "
                        + AURORA + ": its global database with write forwarding lets every region write and the "
                        + "second take over, which " + RDS + " cannot");
                return Optional.empty();
            }
            return section.mappingAt(entry.getValueNode(), "engine." + name, RDS_KEYS).flatMap(DataSettingsSection::rds);
        }
        section.report(located, "\"" + name + "\" is not a database engine" + Suggestions.didYouMean(name,
                List.of(AURORA, RDS)) + "; use one of: " + AURORA + ", " + RDS);
        return Optional.empty();
    }

    private static Optional<DatabaseEngine> aurora(MappingReader aurora, Optional<Tier> tier) {
        Optional<Integer> readers = aurora.integer("readers").flatMap(r -> readers(aurora, r, tier));
        Optional<Located<BigDecimal>> min = aurora.decimal("min_capacity_acu").filter(acu -> capacity(aurora, acu));
        Optional<Located<BigDecimal>> max = aurora.decimal("max_capacity_acu").filter(acu -> capacity(aurora, acu));
        if (readers.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().value().compareTo(max.get().value()) > 0) {
            aurora.report(max.get(), "max_capacity_acu " + max.get().value().toPlainString() + " is below "
                    + "min_capacity_acu " + min.get().value().toPlainString() + "; raise it or lower the minimum");
            return Optional.empty();
        }
        return Optional.of(new AuroraServerlessV2(readers.get(), min.get().value(), max.get().value()));
    }

    private static Optional<Integer> readers(MappingReader aurora, Located<Integer> readers, Optional<Tier> tier) {
        if (readers.value() < 0 || readers.value() > AuroraServerlessV2.MAX_READERS) {
            aurora.report(readers, readers.value() + " is not a number of readers; use 0.."
                    + AuroraServerlessV2.MAX_READERS + " (Aurora's limit of replicas)");
            return Optional.empty();
        }
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        if (highAvailability.isPresent() && readers.value() < 1) {
            aurora.report(readers, "a " + highAvailability.get().yamlValue() + " environment runs a writer plus at "
                    + "least one reader in another AZ, so that losing an AZ fails over instead of stopping the "
                    + "database (the AZ-Gone game day); got " + readers.value() + " readers");
            return Optional.empty();
        }
        return Optional.of(readers.value());
    }

    private static boolean capacity(MappingReader aurora, Located<BigDecimal> acu) {
        if (AuroraServerlessV2.validCapacity(acu.value())) {
            return true;
        }
        aurora.report(acu, acu.value().toPlainString() + " is not a Serverless v2 capacity; use 0.5..256 ACUs in "
                + "steps of 0.5");
        return false;
    }

    private static Optional<DatabaseEngine> rds(MappingReader rds) {
        Optional<Located<String>> type = rds.string("instance_class").filter(c -> {
            if (RdsMultiAz.INSTANCE_CLASS.matcher(c.value()).matches()) {
                return true;
            }
            rds.report(c, "\"" + c.value() + "\" is not an RDS instance class; use e.g. db.m6g.large");
            return false;
        });
        Optional<Located<Integer>> storage = rds.integer("allocated_storage_gib").filter(s -> storage(rds, s,
                RdsMultiAz.MIN_STORAGE_GIB));
        Optional<Located<Integer>> ceiling = rds.integer("max_allocated_storage_gib").filter(s -> storage(rds, s,
                RdsMultiAz.MIN_STORAGE_GIB));
        if (type.isEmpty() || storage.isEmpty() || ceiling.isEmpty()) {
            return Optional.empty();
        }
        if (ceiling.get().value() < storage.get().value()) {
            rds.report(ceiling.get(), "max_allocated_storage_gib " + ceiling.get().value() + " is below "
                    + "allocated_storage_gib " + storage.get().value() + "; storage autoscaling only grows");
            return Optional.empty();
        }
        return Optional.of(new RdsMultiAz(type.get().value(), storage.get().value(), ceiling.get().value()));
    }

    private static boolean storage(MappingReader rds, Located<Integer> gib, int min) {
        if (gib.value() >= min && gib.value() <= RdsMultiAz.MAX_STORAGE_GIB) {
            return true;
        }
        rds.report(gib, gib.value() + " GiB is not gp3 storage RDS allocates; use " + min + ".."
                + RdsMultiAz.MAX_STORAGE_GIB);
        return false;
    }

    private static Optional<String> version(MappingReader section, Located<String> version) {
        Matcher matcher = DatabaseProps.POSTGRES_VERSION.matcher(version.value());
        if (matcher.matches()) {
            int major = Integer.parseInt(matcher.group(1));
            if (major >= MIN_MAJOR && major <= MAX_MAJOR) {
                return Optional.of(version.value());
            }
        }
        section.report(version, "\"" + version.value() + "\" is not a supported PostgreSQL version; use major.minor "
                + "with a major of " + MIN_MAJOR + " to " + MAX_MAJOR + ", e.g. \"16.6\"");
        return Optional.empty();
    }

    private static Optional<String> backupWindow(MappingReader section, Located<String> window) {
        if (!DatabaseProps.BACKUP_WINDOW.matcher(window.value()).matches()) {
            section.report(window, "\"" + window.value() + "\" is not a backup window; use hh:mm-hh:mm in UTC, e.g. "
                    + "03:00-04:00");
            return Optional.empty();
        }
        int start = minutes(window.value().substring(0, 5));
        int end = minutes(window.value().substring(6));
        int length = Math.floorMod(end - start, 24 * 60);
        if (length < MIN_BACKUP_WINDOW_MINUTES) {
            section.report(window, "the backup window " + window.value() + " is " + length + " minutes; RDS needs at "
                    + "least " + MIN_BACKUP_WINDOW_MINUTES);
            return Optional.empty();
        }
        for (int minute = start; minute < start + length; minute++) {
            int ofDay = minute % (24 * 60);
            if (ofDay >= MAINTENANCE_START_MINUTE && ofDay < MAINTENANCE_END_MINUTE) {
                section.report(window, "the backup window " + window.value() + " overlaps the maintenance window "
                        + DatabaseProps.DEFAULT_MAINTENANCE_WINDOW + " (UTC), which RDS refuses; end it by 05:00 or "
                        + "start it at 06:00 or later");
                return Optional.empty();
            }
        }
        return Optional.of(window.value());
    }

    private static int minutes(String hhmm) {
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }
}
