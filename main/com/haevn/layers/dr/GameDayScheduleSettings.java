package com.haevn.layers.dr;

import com.haevn.modules.dr.SyntheticLoad;

import java.util.Objects;

/**
 * The {@code dr.game_day_schedule} mapping: the monthly run of the game day with its synthetic load.
 *
 * @param enabled whether the schedule runs ({@code enabled}); staging and production only
 * @param cron    when, an EventBridge Scheduler cron expression in UTC ({@code cron})
 * @param load    the load job ({@code load_image}, {@code load_args}, {@code load_namespace},
 *                {@code warm_up_minutes}, {@code run_minutes})
 */
public record GameDayScheduleSettings(boolean enabled, String cron, SyntheticLoad load) {

    public GameDayScheduleSettings {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(load, "load");
    }
}
