package com.haevn.environment;

import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problems;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with recovery targets. */
class RecoveryTargetProblemsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_recovery_targets_that_are_not_positive() {
        String text = qaWith("core_db:        { rpo_seconds: 15, rto_minutes: 60 }",
                "core_db:        { rpo_seconds: 0, rto_minutes: -1 }");
        assertThat(problemsOfQa(dir, text)).extracting(ConfigProblem::keyPath, ConfigProblem::line, ConfigProblem::message)
                .containsExactly(
                        tuple("recovery_targets.core_db.rpo_seconds", line("core_db"),
                                "0 is not a recovery target; use a positive number of seconds"),
                        tuple("recovery_targets.core_db.rto_minutes", line("core_db"),
                                "-1 is not a recovery target; use a positive number of minutes"));
    }

    @Test
    void should_report_a_missing_recovery_asset() {
        String text = qaWith("  redis:          { rpo_seconds: 5,  rto_minutes: 30 }\n", "");
        assertThat(problems(write(dir, "qa.yaml", text).getParent())).singleElement()
                .extracting(ConfigProblem::keyPath, ConfigProblem::line, ConfigProblem::message)
                .containsExactly("recovery_targets.redis", line("recovery_targets"), "missing required key \"redis\" under \"recovery_targets\"");
    }
}
