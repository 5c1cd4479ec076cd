package com.haevn.layers.dr;

import com.haevn.modules.dr.VaultLockMode;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code dr} section: what it reads from the staging fixture and what it refuses, at the line it refuses. */
class DrSettingsSectionTest {

    @TempDir
    Path dir;

    @Test
    void should_read_the_nightly_plan_and_the_game_day() {
        EnvironmentFixtures.write(dir, "qa.yaml", twoRegions());
        DrSettings settings = EnvironmentFixtures.load(dir).all().get(0).settings(DrLayer.SETTINGS);

        assertThat(settings.backupSchedule()).isEqualTo("cron(0 3 * * ? *)");
        assertThat(settings.backupRetentionDays()).isEqualTo(35);
        assertThat(settings.copyToOtherRegion()).isTrue();
        assertThat(settings.vaultLock()).isEqualTo(VaultLockMode.GOVERNANCE);
        assertThat(settings.gameDayZoneLetter()).isEqualTo("a");
        assertThat(settings.gameDayDuration()).isEqualTo("PT30M");
        assertThat(settings.gameDaySchedule().enabled()).isFalse();
        assertThat(settings.gameDaySchedule().cron()).isEqualTo("cron(0 14 ? * TUE#2 *)");
        assertThat(settings.gameDaySchedule().load().namespace()).isEqualTo("game-day");
        assertThat(settings.gameDaySchedule().load().warmUpMinutes()).isEqualTo(10);
    }

    @Test
    void should_refuse_a_game_day_schedule_in_development() {
        String development = qaWith("tier: staging", "tier: development").replace("enabled: false", "enabled: true");
        assertOnlyProblem(problemsOfQa(dir, development), "qa.yaml", "dr.game_day_schedule.enabled", line("enabled"),
                "a development environment has no game day schedule (the seed runs it in staging and production); "
                        + "set enabled: false");
    }

    @Test
    void should_refuse_a_load_that_stops_before_the_experiment_ends() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("run_minutes: 60", "run_minutes: 40")), "qa.yaml",
                "dr.game_day_schedule.run_minutes", line("run_minutes"), "the load would stop before the experiment "
                        + "ends: run it longer than the warm-up plus game_day_duration (40 minutes)");
    }

    @Test
    void should_refuse_an_unpinned_load_image() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("load_image: \"123456789012.dkr.ecr.us-east-1.amazonaws.com/load:1.0\"",
                        "load_image: k6")), "qa.yaml", "dr.game_day_schedule.load_image", line("load_image"),
                "\"k6\" is not pinned; name the image with a tag or a digest, e.g. "
                        + "ACCOUNT.dkr.ecr.REGION.amazonaws.com/haevn/synthetic-load:1.4.0");
    }

    @Test
    void should_refuse_a_two_region_staging_that_does_not_copy_its_backups() {
        assertOnlyProblem(problemsOfQa(dir, twoRegions().replace("copy_to_other_region: true",
                        "copy_to_other_region: false")), "qa.yaml", "dr.copy_to_other_region",
                line("copy_to_other_region") + 3,
                "a staging environment copies its backups into another region, so that losing a region keeps its "
                        + "recovery points; set copy_to_other_region: true");
    }

    /** The staging fixture with a second region (three more lines before the sections). */
    private static String twoRegions() {
        return EnvironmentFixtures.staging("qa", "10.60.0.0/16")
                .replace("""
                          availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                        """, """
                          availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                          - name: us-west-2
                            vpc_cidr: 10.61.0.0/16
                            availability_zones: [us-west-2a, us-west-2b, us-west-2c]
                        """);
    }

    @Test
    void should_refuse_a_staging_retention_shorter_than_the_seeds_35_days() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_retention_days: 35", "backup_retention_days: 14")),
                "qa.yaml", "dr.backup_retention_days", line("backup_retention_days"),
                "a staging environment keeps its nightly recovery points at least 35 days (the seed); got 14");
    }

    @Test
    void should_accept_a_one_region_staging_that_will_copy_once_it_has_a_second_region() {
        EnvironmentFixtures.write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));
        assertThat(EnvironmentFixtures.load(dir).get("qa").settings(DrLayer.SETTINGS).copyToOtherRegion()).isTrue();
        assertThat(problemsOfQa(dir, qaWith("copy_to_other_region: true",
                "copy_to_other_region: false")))
                .extracting(p -> p.keyPath()).containsExactly("dr.copy_to_other_region");
    }

    @Test
    void should_refuse_staging_without_the_game_day() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("game_day: true", "game_day: false")),
                "qa.yaml", "dr.game_day", line("game_day"),
                "a staging environment runs the seed's monthly AZ-Gone game day; set game_day: true (only "
                        + "development may skip it)");
    }

    @Test
    void should_refuse_a_zone_that_is_not_a_letter() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("game_day_zone_letter: a", "game_day_zone_letter: us-east-1a")),
                "qa.yaml", "dr.game_day_zone_letter", line("game_day_zone_letter"),
                "\"us-east-1a\" is not an availability zone letter; use one lowercase letter, e.g. a for us-east-1a");
    }

    @Test
    void should_refuse_a_duration_that_is_not_iso_8601_and_one_beyond_twelve_hours() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("game_day_duration: PT30M", "game_day_duration: 30m")),
                "qa.yaml", "dr.game_day_duration", line("game_day_duration"),
                "\"30m\" is not an ISO 8601 duration; write e.g. PT30M or PT1H");
        assertOnlyProblem(problemsOfQa(dir, qaWith("game_day_duration: PT30M", "game_day_duration: PT13H")),
                "qa.yaml", "dr.game_day_duration", line("game_day_duration"),
                "PT13H is outside what FIS accepts for the game day; use PT1M to PT12H");
    }

    @Test
    void should_refuse_a_schedule_that_is_not_cron_and_a_completion_inside_the_start_window() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_schedule: \"cron(0 3 * * ? *)\"",
                        "backup_schedule: \"rate(1 day)\"")), "qa.yaml", "dr.backup_schedule", line("backup_schedule"),
                "\"rate(1 day)\" is not an AWS cron expression; write six fields in cron(...), e.g. cron(0 3 * * ? *) "
                        + "for 03:00 UTC every day");
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_completion_window_minutes: 360",
                        "backup_completion_window_minutes: 60")), "qa.yaml", "dr.backup_completion_window_minutes",
                line("backup_completion_window_minutes"),
                "60 is not a completion window longer than the start window (minutes); use 61 or more");
    }

    @Test
    void should_refuse_a_governance_lock_in_production() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("tier: staging", "tier: production")),
                "qa.yaml", "dr.vault_lock", line("vault_lock"),
                "a production environment locks its vaults in compliance mode, so that nobody, not even a "
                        + "compromised administrator, can delete recovery points early; use compliance");
    }
}
