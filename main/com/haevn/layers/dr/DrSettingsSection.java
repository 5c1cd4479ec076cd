package com.haevn.layers.dr;

import com.haevn.environment.AwsRegion;
import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.dr.AzGoneExperimentProps;
import com.haevn.modules.dr.NightlyBackupProps;
import com.haevn.modules.dr.VaultLockMode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads and checks the {@code dr} section. Staging and production keep recovery points at least the seed's 35 days,
 * copy them into another region of the environment when it has one, and run the AZ-Gone game day; production locks its vaults in
 * compliance mode. Development may skip the copy and the game day.
 */
final class DrSettingsSection implements SettingsSection<DrSettings> {

    /** The retention periods CloudWatch Logs accepts, for the experiment's log. */
    static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
            545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    static final Map<String, VaultLockMode> LOCK_MODES = Map.of("governance", VaultLockMode.GOVERNANCE,
            "compliance", VaultLockMode.COMPLIANCE);
    /** The seed: nightly RDS snapshots retained 35 days. */
    static final int MIN_HIGH_AVAILABILITY_RETENTION_DAYS = NightlyBackupProps.DEFAULT_RETENTION_DAYS;

    private static final Pattern LETTER = Pattern.compile("[a-z]");
    private static final Pattern CRON = Pattern.compile("cron\\(\\S+( \\S+){5}\\)");

    @Override
    public String key() {
        return DrLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("backup_schedule", "backup_start_window_minutes", "backup_completion_window_minutes",
                "backup_retention_days", "copy_to_other_region", "vault_lock", "game_day", "game_day_zone_letter",
                "game_day_duration", "game_day_log_retention_days", GameDayScheduleReader.KEY);
    }

    @Override
    public List<SettingDoc> documentation() {
        return Stream.concat(Stream.of(
                new SettingDoc("backup_schedule", "text", "when the nightly AWS Backup job starts: an AWS cron "
                        + "expression with six fields, in UTC, e.g. `cron(0 3 * * ? *)`"),
                new SettingDoc("backup_start_window_minutes", "number", "how long after the scheduled time a job "
                        + "may still start (" + NightlyBackupProps.MIN_START_WINDOW_MINUTES + " or more)"),
                new SettingDoc("backup_completion_window_minutes", "number", "how long a started job may run "
                        + "before AWS Backup cancels it (longer than the start window)"),
                new SettingDoc("backup_retention_days", "number", "days every recovery point and its copy are "
                        + "kept, also the vault locks' minimum and maximum; at least "
                        + MIN_HIGH_AVAILABILITY_RETENTION_DAYS + " for staging and production (the seed)"),
                new SettingDoc("copy_to_other_region", "true/false", "copy each region's recovery points into a "
                        + "vault in the next region of the environment; true for staging and production (an "
                        + "environment of one region has nowhere to copy to and copies nothing until it gets a "
                        + "second)"),
                new SettingDoc("vault_lock", "text", "`governance` (removable with IAM permission) or `compliance` "
                        + "(immutable after 3 days); `compliance` for production"),
                new SettingDoc("game_day", "true/false", "create the AZ-Gone AWS FIS experiment template; true for "
                        + "staging and production"),
                new SettingDoc("game_day_zone_letter", "text", "the letter of the AZ the game day takes away in "
                        + "every region (`a`: us-east-1a, us-west-2a); one of the region's availability_zones"),
                new SettingDoc("game_day_duration", "text", "how long the AZ stays away, ISO 8601, PT1M..PT12H, "
                        + "e.g. `PT30M`"),
                new SettingDoc("game_day_log_retention_days", "number", "a CloudWatch Logs retention (1, 3, 5, 7, "
                        + "14, 30, 60, 90, ... 3653) for the experiment's log")),
                GameDayScheduleReader.DOCUMENTATION.stream()).toList();
    }

    @Override
    public Optional<DrSettings> read(MappingReader section, SectionContext context) {
        Optional<Tier> highAvailability = context.tier().filter(Tier::requiresHighAvailability);
        Optional<String> schedule = section.string("backup_schedule").flatMap(s -> cron(s, section));
        Optional<Integer> start = section.integer("backup_start_window_minutes").flatMap(m -> atLeast(m,
                NightlyBackupProps.MIN_START_WINDOW_MINUTES, "a start window AWS Backup accepts (minutes)", section));
        Optional<Integer> completion = section.integer("backup_completion_window_minutes")
                .flatMap(m -> atLeast(m, start.orElse(NightlyBackupProps.MIN_START_WINDOW_MINUTES) + 1,
                        "a completion window longer than the start window (minutes)", section));
        Optional<Integer> retention = section.integer("backup_retention_days")
                .flatMap(d -> retention(d, highAvailability, section));
        Optional<Boolean> copy = section.bool("copy_to_other_region")
                .flatMap(c -> copy(c, highAvailability, context.regions(), section));
        Optional<VaultLockMode> lock = section.choice("vault_lock", "a vault lock mode", LOCK_MODES)
                .flatMap(l -> lock(l, context.tier(), section));
        Optional<Boolean> gameDay = section.bool("game_day").flatMap(g -> {
            if (!g.value() && highAvailability.isPresent()) {
                section.report(g, "a " + highAvailability.get().yamlValue() + " environment runs the seed's monthly "
                        + "AZ-Gone game day; set game_day: true (only development may skip it)");
                return Optional.empty();
            }
            return Optional.of(g.value());
        });
        Optional<String> zones = section.string("game_day_zone_letter").flatMap(letter -> {
            if (LETTER.matcher(letter.value()).matches()) {
                return Optional.of(letter.value());
            }
            section.report(letter, "\"" + letter.value() + "\" is not an availability zone letter; use one lowercase "
                    + "letter, e.g. a for us-east-1a");
            return Optional.empty();
        });
        Optional<String> duration = section.string("game_day_duration").flatMap(d -> duration(d, section));
        Optional<Integer> logRetention = section.integer("game_day_log_retention_days").flatMap(d -> {
            if (LOG_RETENTION_DAYS.contains(d.value())) {
                return Optional.of(d.value());
            }
            section.report(d, d.value() + " days is not a retention period CloudWatch Logs accepts; use one of: "
                    + LOG_RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            return Optional.empty();
        });
        Optional<GameDayScheduleSettings> gameDaySchedule = GameDayScheduleReader.read(section, context.tier(), gameDay,
                duration.map(d -> AzGoneExperimentProps.parse(d).toMinutes()));
        if (schedule.isEmpty() || start.isEmpty() || completion.isEmpty() || retention.isEmpty() || copy.isEmpty()
                || lock.isEmpty() || gameDay.isEmpty() || zones.isEmpty() || duration.isEmpty()
                || logRetention.isEmpty() || gameDaySchedule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DrSettings(schedule.get(), start.get(), completion.get(), retention.get(), copy.get(),
                lock.get(), gameDay.get(), zones.get(), duration.get(), logRetention.get(), gameDaySchedule.get()));
    }

    private static Optional<String> cron(Located<String> schedule, MappingReader section) {
        if (CRON.matcher(schedule.value()).matches()) {
            return Optional.of(schedule.value());
        }
        section.report(schedule, "\"" + schedule.value() + "\" is not an AWS cron expression; write six fields in "
                + "cron(...), e.g. cron(0 3 * * ? *) for 03:00 UTC every day");
        return Optional.empty();
    }

    private static Optional<Integer> atLeast(Located<Integer> value, int min, String what, MappingReader section) {
        if (value.value() >= min) {
            return Optional.of(value.value());
        }
        section.report(value, value.value() + " is not " + what + "; use " + min + " or more");
        return Optional.empty();
    }

    private static Optional<Integer> retention(Located<Integer> days, Optional<Tier> highAvailability,
                                               MappingReader section) {
        int min = highAvailability.isPresent() ? MIN_HIGH_AVAILABILITY_RETENTION_DAYS : 1;
        if (days.value() >= min) {
            return Optional.of(days.value());
        }
        section.report(days, highAvailability.map(t -> "a " + t.yamlValue() + " environment keeps its nightly "
                + "recovery points at least " + min + " days (the seed); got " + days.value())
                .orElse(days.value() + " is not a retention AWS Backup accepts; use 1 or more days"));
        return Optional.empty();
    }

    private static Optional<Boolean> copy(Located<Boolean> copy, Optional<Tier> highAvailability,
                                          List<AwsRegion> regions, MappingReader section) {
        if (!copy.value() && highAvailability.isPresent()) {
            section.report(copy, "a " + highAvailability.get().yamlValue() + " environment copies its backups into "
                    + "another region, so that losing a region keeps its recovery points; set copy_to_other_region: "
                    + "true");
            return Optional.empty();
        }
        return Optional.of(copy.value());
    }

    private static Optional<VaultLockMode> lock(Located<VaultLockMode> lock, Optional<Tier> tier,
                                                MappingReader section) {
        if (lock.value() != VaultLockMode.COMPLIANCE && tier.filter(t -> t == Tier.PRODUCTION).isPresent()) {
            section.report(lock, "a production environment locks its vaults in compliance mode, so that nobody, "
                    + "not even a compromised administrator, can delete recovery points early; use compliance");
            return Optional.empty();
        }
        return Optional.of(lock.value());
    }

    private static Optional<String> duration(Located<String> text, MappingReader section) {
        try {
            Duration duration = AzGoneExperimentProps.parse(text.value());
            if (duration.compareTo(Duration.ofMinutes(1)) >= 0
                    && duration.compareTo(AzGoneExperimentProps.MAX_DURATION) <= 0) {
                return Optional.of(text.value());
            }
        } catch (IllegalArgumentException e) {
            section.report(text, "\"" + text.value() + "\" is not an ISO 8601 duration; write e.g. PT30M or PT1H");
            return Optional.empty();
        }
        section.report(text, text.value() + " is outside what FIS accepts for the game day; use PT1M to PT12H");
        return Optional.empty();
    }
}
