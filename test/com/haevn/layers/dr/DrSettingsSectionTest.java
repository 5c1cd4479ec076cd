package com.haevn.layers.dr;

import com.haevn.modules.dr.VaultLockMode;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

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
        EnvironmentFixtures.write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16")
                .replace("copy_to_other_region: false", "copy_to_other_region: true")
                .replace("""
                          availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                        """, """
                          availability_zones: [us-east-1a, us-east-1b, us-east-1c]
                          - name: us-west-2
                            vpc_cidr: 10.61.0.0/16
                            availability_zones: [us-west-2a, us-west-2b, us-west-2c]
                        """)
                .replace("{ us-east-1: us-east-1a }", "{ us-east-1: us-east-1a, us-west-2: us-west-2c }"));
        DrSettings settings = EnvironmentFixtures.load(dir).all().get(0).settings(DrLayer.SETTINGS);

        assertThat(settings.backupSchedule()).isEqualTo("cron(0 3 * * ? *)");
        assertThat(settings.backupRetentionDays()).isEqualTo(35);
        assertThat(settings.copyToOtherRegion()).isTrue();
        assertThat(settings.vaultLock()).isEqualTo(VaultLockMode.GOVERNANCE);
        assertThat(settings.gameDayZones()).isEqualTo(Map.of("us-east-1", "us-east-1a", "us-west-2", "us-west-2c"));
        assertThat(settings.gameDayDuration()).isEqualTo("PT30M");
    }

    @Test
    void should_refuse_a_staging_retention_shorter_than_the_seeds_35_days() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_retention_days: 35", "backup_retention_days: 14")),
                "qa.yaml", "dr.backup_retention_days", line("backup_retention_days"),
                "a staging environment keeps its nightly recovery points at least 35 days (the seed); got 14");
    }

    @Test
    void should_refuse_a_copy_with_only_one_region() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("copy_to_other_region: false", "copy_to_other_region: true")),
                "qa.yaml", "dr.copy_to_other_region", line("copy_to_other_region"),
                "copy_to_other_region needs a second region in regions; the environment has only us-east-1");
    }

    @Test
    void should_refuse_staging_without_the_game_day() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("game_day: true", "game_day: false")),
                "qa.yaml", "dr.game_day", line("game_day"),
                "a staging environment runs the seed's monthly AZ-Gone game day; set game_day: true (only "
                        + "development may skip it)");
    }

    @Test
    void should_refuse_a_zone_of_another_region() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("{ us-east-1: us-east-1a }", "{ us-east-1: us-west-2a }")),
                "qa.yaml", "dr.game_day_zones.us-east-1", line("game_day_zones"),
                "\"us-west-2a\" is not an availability zone of us-east-1; use one of the region's, e.g. us-east-1a");
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
