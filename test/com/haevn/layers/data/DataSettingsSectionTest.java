package com.haevn.layers.data;

import com.haevn.environment.Environments;
import com.haevn.modules.data.AuroraServerlessV2;
import com.haevn.modules.data.RdsMultiAz;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code data} section: what it reads from the staging fixture, its tier rules and what it refuses. */
class DataSettingsSectionTest {

    @TempDir
    Path dir;

    private static final String AURORA = "aurora-serverless-v2: { readers: 1, min_capacity_acu: 0.5, max_capacity_acu: 16 }";
    private static final String RDS = "rds-multi-az: { instance_class: db.m6g.large, allocated_storage_gib: 100, "
            + "max_allocated_storage_gib: 500 }";
    private static final String FIRST_REGION_ZONES = "    availability_zones: [us-east-1a, us-east-1b, us-east-1c]\n";
    private static final String SECOND_REGION = FIRST_REGION_ZONES + "  - name: us-west-2\n    vpc_cidr: 10.61.0.0/16\n"
            + "    availability_zones: [us-west-2a, us-west-2b, us-west-2c]\n";

    private DataSettings read(String text) {
        EnvironmentFixtures.write(dir, "qa.yaml", text);
        Environments environments = EnvironmentFixtures.load(dir);
        return environments.all().get(0).settings(DataLayer.SETTINGS);
    }

    @Test
    void should_read_the_aurora_engine_version_backup_window_and_slow_statement_threshold() {
        DataSettings settings = read(EnvironmentFixtures.staging("qa", "10.60.0.0/16"));
        assertThat(settings.engine()).isEqualTo(new AuroraServerlessV2(1, new BigDecimal("0.5"), new BigDecimal("16")));
        assertThat(settings.postgresVersion()).isEqualTo("16.6");
        assertThat(settings.backupWindow()).isEqualTo("03:00-04:00");
        assertThat(settings.slowStatementMilliseconds()).isEqualTo(500);
    }

    @Test
    void should_read_an_rds_multi_az_engine_in_a_single_region_environment() {
        assertThat(read(qaWith(AURORA, RDS)).engine()).isEqualTo(new RdsMultiAz("db.m6g.large", 100, 500));
    }

    @Test
    void should_refuse_a_staging_writer_without_a_reader() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("readers: 1,", "readers: 0,")), "qa.yaml",
                "data.engine.aurora-serverless-v2.readers", line("aurora-serverless-v2"),
                "a staging environment runs a writer plus at least one reader in another AZ, so that losing an AZ "
                        + "fails over instead of stopping the database (the AZ-Gone game day); got 0 readers");
    }

    @Test
    void should_let_a_development_environment_run_the_writer_alone() {
        DataSettings settings = read(qaWith("readers: 1,", "readers: 0,").replace("tier: staging", "tier: development"));
        assertThat(((AuroraServerlessV2) settings.engine()).readers()).isZero();
    }

    @Test
    void should_refuse_rds_multi_az_in_an_environment_with_two_regions() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(AURORA, RDS).replace(FIRST_REGION_ZONES, SECOND_REGION)), "qa.yaml",
                "data.engine.rds-multi-az", line("aurora-serverless-v2") + 3,
                "an environment with 2 regions runs aurora-serverless-v2: its global database with write forwarding "
                        + "lets every region write and the second take over, which rds-multi-az cannot");
    }

    @Test
    void should_refuse_an_unknown_engine_with_did_you_mean() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("aurora-serverless-v2:", "aurora-serverless-v3:")), "qa.yaml",
                "data.engine.aurora-serverless-v3", line("aurora-serverless-v2"),
                "\"aurora-serverless-v3\" is not a database engine (did you mean \"aurora-serverless-v2\"?); use one "
                        + "of: aurora-serverless-v2, rds-multi-az");
    }

    @Test
    void should_refuse_two_engines_at_once() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(AURORA, AURORA + "\n    " + RDS)), "qa.yaml", "data.engine",
                line("engine"), "expected one engine with its sizes, e.g. { aurora-serverless-v2: { readers: 2, "
                        + "min_capacity_acu: 2, max_capacity_acu: 64 } } or { rds-multi-az: { instance_class: "
                        + "db.m6g.large, allocated_storage_gib: 100, max_allocated_storage_gib: 500 } }");
    }

    @Test
    void should_refuse_a_maximum_capacity_below_the_minimum() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("min_capacity_acu: 0.5", "min_capacity_acu: 32")), "qa.yaml",
                "data.engine.aurora-serverless-v2.max_capacity_acu", line("aurora-serverless-v2"),
                "max_capacity_acu 16 is below min_capacity_acu 32; raise it or lower the minimum");
    }

    @Test
    void should_refuse_a_capacity_off_the_half_acu_steps() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("max_capacity_acu: 16", "max_capacity_acu: 16.25")), "qa.yaml",
                "data.engine.aurora-serverless-v2.max_capacity_acu", line("aurora-serverless-v2"),
                "16.25 is not a Serverless v2 capacity; use 0.5..256 ACUs in steps of 0.5");
    }

    @Test
    void should_refuse_storage_autoscaling_below_the_allocated_storage() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(AURORA, RDS.replace("max_allocated_storage_gib: 500",
                        "max_allocated_storage_gib: 50"))), "qa.yaml",
                "data.engine.rds-multi-az.max_allocated_storage_gib", line("aurora-serverless-v2"),
                "max_allocated_storage_gib 50 is below allocated_storage_gib 100; storage autoscaling only grows");
    }

    @Test
    void should_refuse_an_unsupported_postgres_version() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("postgres_version: \"16.6\"", "postgres_version: \"13.4\"")),
                "qa.yaml", "data.postgres_version", line("postgres_version"),
                "\"13.4\" is not a supported PostgreSQL version; use major.minor with a major of 14 to 17, e.g. \"16.6\"");
    }

    @Test
    void should_refuse_a_backup_window_shorter_than_30_minutes() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_window: \"03:00-04:00\"", "backup_window: \"03:00-03:20\"")),
                "qa.yaml", "data.backup_window", line("backup_window"),
                "the backup window 03:00-03:20 is 20 minutes; RDS needs at least 30");
    }

    @Test
    void should_refuse_a_backup_window_overlapping_the_maintenance_window() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("backup_window: \"03:00-04:00\"", "backup_window: \"04:30-05:30\"")),
                "qa.yaml", "data.backup_window", line("backup_window"),
                "the backup window 04:30-05:30 overlaps the maintenance window sun:05:00-sun:06:00 (UTC), which RDS "
                        + "refuses; end it by 05:00 or start it at 06:00 or later");
    }

    @Test
    void should_refuse_a_negative_slow_statement_threshold() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("slow_statement_ms: 500", "slow_statement_ms: -1")), "qa.yaml",
                "data.slow_statement_ms", line("slow_statement_ms"),
                "-1 is not a duration in milliseconds; use 0 or more (0 logs every statement)");
    }
}
