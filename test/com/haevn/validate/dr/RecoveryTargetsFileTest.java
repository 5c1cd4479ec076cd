package com.haevn.validate.dr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryTargetsFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("targets.yaml"), text);
    }

    @Test
    void should_read_targets_and_keep_the_seeds_for_assets_left_out() throws Exception {
        RecoveryTargets targets = RecoveryTargetsFile.read(file("""
                recovery_targets:
                  core_db: { rpo_seconds: 30, rto_minutes: 120 }
                  redis: {"rpo_seconds": 10, "rto_minutes": 15}
                """));

        assertThat(targets.target(RecoveryAsset.CORE_DB)).isEqualTo(new RecoveryTarget(Duration.ofSeconds(30),
                Duration.ofHours(2)));
        assertThat(targets.target(RecoveryAsset.REDIS)).isEqualTo(RecoveryTarget.of(10, 15));
        assertThat(targets.target(RecoveryAsset.OBJECT_STORAGE))
                .isEqualTo(RecoveryTargets.seed().target(RecoveryAsset.OBJECT_STORAGE));
    }

    @Test
    void should_read_an_environment_file_as_a_targets_file() throws Exception {
        RecoveryTargets prod = RecoveryTargetsFile.read(Path.of("environments/prod.yaml"));

        assertThat(prod).isEqualTo(RecoveryTargets.seed()); // the environment files hold the seed's table today
    }

    @Test
    void should_report_every_problem_with_its_key_path() throws Exception {
        Path bad = file("""
                recovery_targets:
                  core-db: { rpo_seconds: 15, rto_minutes: 60 }
                  redis: { rpo_seconds: "5", rto_minute: 30 }
                  object_storage: 60
                """);

        assertThatThrownBy(() -> RecoveryTargetsFile.read(bad)).isInstanceOf(RecoveryTargetsError.class)
                .hasMessageContaining(bad + ": recovery_targets.core-db: unknown asset. Did you mean \"core_db\"?")
                .hasMessageContaining("recovery_targets.redis.rto_minute: unknown key. Did you mean \"rto_minutes\"?")
                .hasMessageContaining("recovery_targets.redis.rpo_seconds: expected a positive whole number, got \"5\"")
                .hasMessageContaining("recovery_targets.redis.rto_minutes: expected a positive whole number, got"
                        + " nothing")
                .hasMessageContaining("recovery_targets.object_storage: expected { rpo_seconds: N, rto_minutes: N },"
                        + " got 60");
    }

    @Test
    void should_refuse_a_file_without_the_section_or_not_yaml() throws Exception {
        assertThatThrownBy(() -> RecoveryTargetsFile.read(file("core_db: {rpo_seconds: 1, rto_minutes: 1}\n")))
                .hasMessageContaining("expected a key \"recovery_targets\"");
        assertThatThrownBy(() -> RecoveryTargetsFile.read(file("recovery_targets: [\n")))
                .hasMessageContaining("not valid YAML or JSON");
        assertThatThrownBy(() -> RecoveryTargetsFile.read(dir.resolve("missing.yaml")))
                .hasMessageContaining("missing.yaml: no such file");
        assertThatThrownBy(() -> RecoveryTargetsFile.read(file("recovery_targets:\n  redis: {rpo_seconds: 0, "
                + "rto_minutes: 1}\n"))).hasMessageContaining("rpo_seconds: expected a positive whole number, got 0");
    }
}
