package com.haevn.layers.dr;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.Tier;
import com.haevn.modules.dr.SyntheticLoad;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads and checks {@code dr.game_day_schedule}. Only staging and production may enable it. */
final class GameDayScheduleReader {

    static final String KEY = "game_day_schedule";
    static final List<String> KEYS = List.of("enabled", "cron", "load_image", "load_args", "load_namespace",
            "warm_up_minutes", "run_minutes");
    static final List<SettingDoc> DOCUMENTATION = List.of(
            new SettingDoc(KEY + ".enabled", "true/false", "run the game day monthly by itself (staging and "
                    + "production only, and only with `game_day: true`); false keeps the schedule disabled"),
            new SettingDoc(KEY + ".cron", "text", "EventBridge Scheduler cron in UTC, six fields, e.g. "
                    + "`cron(0 14 ? * TUE#2 *)` (second Tuesday, 14:00)"),
            new SettingDoc(KEY + ".load_image", "text", "the synthetic load generator's image, pinned by tag or "
                    + "digest"),
            new SettingDoc(KEY + ".load_args", "list", "its container arguments (the scenario), may be empty"),
            new SettingDoc(KEY + ".load_namespace", "text", "the existing Kubernetes namespace the load job runs in; "
                    + "the schedule may edit only that namespace"),
            new SettingDoc(KEY + ".warm_up_minutes", "number", "minutes of load before the experiment starts, 1..60"),
            new SettingDoc(KEY + ".run_minutes", "number", "the load job's deadline in minutes: more than the "
                    + "warm-up plus `game_day_duration`"));

    private static final Pattern CRON = Pattern.compile("cron\\(\\S+( \\S+){5}\\)");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    private GameDayScheduleReader() {
    }

    /**
     * @param gameDayMinutes how long the experiment keeps the AZ away, when known: the load must outlast it
     */
    static Optional<GameDayScheduleSettings> read(MappingReader dr, Optional<Tier> tier, Optional<Boolean> gameDay,
                                                  Optional<Long> gameDayMinutes) {
        Optional<MappingReader> mapping = dr.mapping(KEY, KEYS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        MappingReader section = mapping.get();
        Optional<Boolean> enabled = section.bool("enabled").flatMap(e -> enabled(e, tier, gameDay, section));
        Optional<String> cron = section.string("cron").flatMap(c -> {
            if (CRON.matcher(c.value()).matches()) {
                return Optional.of(c.value());
            }
            section.report(c, "\"" + c.value() + "\" is not an EventBridge Scheduler cron expression; write six "
                    + "fields in cron(...), e.g. cron(0 14 ? * TUE#2 *) for the second Tuesday of each month");
            return Optional.empty();
        });
        Optional<String> image = section.string("load_image").flatMap(i -> {
            if (i.value().contains(":") || i.value().contains("@")) {
                return Optional.of(i.value());
            }
            section.report(i, "\"" + i.value() + "\" is not pinned; name the image with a tag or a digest, e.g. "
                    + "ACCOUNT.dkr.ecr.REGION.amazonaws.com/haevn/synthetic-load:1.4.0");
            return Optional.empty();
        });
        Optional<List<String>> args = section.sequence("load_args").flatMap(list -> args(list, section));
        Optional<String> namespace = section.string("load_namespace").flatMap(n -> {
            if (DNS_LABEL.matcher(n.value()).matches()) {
                return Optional.of(n.value());
            }
            section.report(n, "\"" + n.value() + "\" is not a Kubernetes namespace name; use lowercase letters, "
                    + "digits and hyphens, at most 63");
            return Optional.empty();
        });
        Optional<Integer> warmUp = section.integer("warm_up_minutes").flatMap(w -> {
            if (w.value() >= 1 && w.value() <= 60) {
                return Optional.of(w.value());
            }
            section.report(w, w.value() + " minutes is not a warm-up; use 1 to 60");
            return Optional.empty();
        });
        Optional<Integer> run = section.integer("run_minutes").flatMap(r -> {
            long needed = warmUp.orElse(1) + gameDayMinutes.orElse(0L);
            if (r.value() > needed) {
                return Optional.of(r.value());
            }
            section.report(r, "the load would stop before the experiment ends: run it longer than the warm-up plus "
                    + "game_day_duration (" + needed + " minutes)");
            return Optional.empty();
        });
        if (enabled.isEmpty() || cron.isEmpty() || image.isEmpty() || args.isEmpty() || namespace.isEmpty()
                || warmUp.isEmpty() || run.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GameDayScheduleSettings(enabled.get(), cron.get(),
                new SyntheticLoad(image.get(), args.get(), namespace.get(), warmUp.get(), run.get())));
    }

    private static Optional<Boolean> enabled(Located<Boolean> enabled, Optional<Tier> tier, Optional<Boolean> gameDay,
                                             MappingReader section) {
        if (enabled.value() && tier.isPresent() && !tier.get().requiresHighAvailability()) {
            section.report(enabled, "a " + tier.get().yamlValue() + " environment has no game day schedule (the seed "
                    + "runs it in staging and production); set enabled: false");
            return Optional.empty();
        }
        if (enabled.value() && gameDay.isPresent() && !gameDay.get()) {
            section.report(enabled, "there is no experiment to schedule: game_day is false; set game_day: true or "
                    + "enabled: false");
            return Optional.empty();
        }
        return Optional.of(enabled.value());
    }

    private static Optional<List<String>> args(SequenceNode list, MappingReader section) {
        List<String> args = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<Located<String>> arg = section.stringAt(list.getValue().get(i), "load_args[" + i + "]");
            valid &= arg.isPresent();
            arg.ifPresent(a -> args.add(a.value()));
        }
        return valid ? Optional.of(args) : Optional.empty();
    }
}
