package com.haevn.layers.secrets;

import com.haevn.environment.ConfigProblem;
import com.haevn.modules.secrets.SecretSpec;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code secrets} section: what it reads from the staging fixture and what it refuses, with lines. */
class SecretsSettingsSectionTest {

    private static final String MASTER =
            "- { name: database/master, kind: database-user, rotation_days: 30, username: haevn_admin }";
    private static final String GENERATED =
            "- { name: session-signing-key, kind: generated, rotation_days: 30, password_length: 64 }";

    @TempDir
    Path dir;

    @Test
    void should_read_each_kind_with_its_keys() {
        EnvironmentFixtures.write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));
        SecretsSettings settings = EnvironmentFixtures.load(dir).all().get(0).settings(SecretsLayer.SETTINGS);

        assertThat(settings.secrets()).containsExactly(
                new SecretSpec.DatabaseUser("database/master", 30, "haevn_admin"),
                new SecretSpec.Generated("session-signing-key", 30, 64),
                new SecretSpec.External("grafana-cloud/otlp-token", "observability-team",
                        "Grafana Cloud issues the token and rotates it there"));
        assertThat(settings.logRetentionDays()).isEqualTo(90);
        assertThat(settings.databaseRotationVersion()).isEqualTo("1.1.671");
    }

    @Test
    void should_refuse_an_unknown_kind_with_did_you_mean_and_the_kinds() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(GENERATED, GENERATED.replace("kind: generated", "kind: generatd"))),
                "qa.yaml", "secrets.entries[1].kind", line("entries") + 2,
                "\"generatd\" is not a secret kind (did you mean \"generated\"?); use one of: generated, "
                        + "database-user, external");
    }

    @Test
    void should_refuse_rotation_beyond_90_days() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(GENERATED, GENERATED.replace("rotation_days: 30",
                        "rotation_days: 120"))), "qa.yaml", "secrets.entries[1].rotation_days", line("entries") + 2,
                "120 days is longer than the platform allows between rotations (at most every 90 days); use 1..90");
    }

    @Test
    void should_refuse_an_external_secret_without_owner() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("      owner: observability-team\n", "")), "qa.yaml",
                "secrets.entries[2].owner", line("entries") + 3,
                "missing required key \"owner\" under \"secrets.entries[2]\"");
    }

    @Test
    void should_refuse_a_key_of_another_kind() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("      owner: observability-team\n",
                        "      owner: observability-team\n      rotation_days: 30\n")), "qa.yaml",
                "secrets.entries[2].rotation_days", line("entries") + 6,
                "\"rotation_days\" does not apply to an external secret; its keys are: name, kind, owner, reason");
    }

    @Test
    void should_refuse_a_reason_too_short_to_explain() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("reason: \"Grafana Cloud issues the token and rotates it there\"",
                        "reason: \"vendor\"")), "qa.yaml", "secrets.entries[2].reason", line("entries") + 6,
                "the reason is 6 characters; say in at least 20 why the secret is not rotated here, e.g. \"Grafana "
                        + "Cloud issues the token and rotates it\"");
    }

    @Test
    void should_refuse_a_name_used_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(GENERATED, GENERATED.replace("session-signing-key",
                        "database/master"))), "qa.yaml", "secrets.entries[1].name", line("entries") + 2,
                "secret name \"database/master\" is used twice; give each secret its own");
    }

    @Test
    void should_require_the_database_master_secret_in_staging() {
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("    " + MASTER + "\n", ""));
        assertOnlyProblem(problems, "qa.yaml", "secrets.entries", line("entries"),
                "a staging environment runs an Aurora global database, which takes its initial master password from "
                        + "the database-user secret database/master; add { name: database/master, kind: "
                        + "database-user, rotation_days: 30, username: haevn_admin }");
    }

    @Test
    void should_refuse_a_log_retention_cloudwatch_does_not_offer() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("  log_retention_days: 90", "  log_retention_days: 100")),
                "qa.yaml", "secrets.log_retention_days", line("log_retention_days"),
                "100 is not a retention CloudWatch Logs accepts; use one of: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, "
                        + "180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653");
    }
}
