package com.haevn.github;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plan-check.sh, the deploy's "apply only what was reviewed": the reviewed comment is what {@code haevn plan-report}
 * wrote for the pull request's plan; the deploy's re-plans are recorded plans: one where only the timestamp and the
 * release-owned weights moved, one where a planned value changed.
 */
class PlanCheckScriptTest {

    private static final Path SCRIPT = Path.of(".github/scripts/plan-check.sh").toAbsolutePath();
    private static final Path PLANS = Path.of("test/resources/github/reviewed-plans").toAbsolutePath();
    private static final String STACK = "prod-use1-frontdoor";

    @TempDir
    Path work;

    @BeforeEach
    void launcher_and_reviewed_comment() throws IOException {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash.");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = work.resolve("haevn");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' com.haevn.cli.HaevnCommand \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        CommandRun review = run(List.of("./haevn", "plan-report", PLANS.resolve("reviewed.plan.json").toString(),
                "--stack-name", STACK, "--output", "reviewed.md"));
        assertThat(review.exitCode()).as(review.output()).isZero();
    }

    private CommandRun run(List<String> command) {
        return CommandRun.run(work, Map.of(), Duration.ofMinutes(2), command);
    }

    private CommandRun check(String reviewed, String replanned) throws IOException {
        Path folder = Files.createDirectories(work.resolve("replanned").resolve("plan-" + STACK));
        Files.copy(PLANS.resolve(replanned), folder.resolve("plan.json"));
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), reviewed, "replanned"));
        return run(command);
    }

    @Test
    void should_accept_a_plan_that_only_moved_in_time_and_in_release_owned_weights() throws IOException {
        CommandRun run = check("reviewed.md", "replanned-unchanged.plan.json");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stdout()).contains(STACK + ": plan unchanged since review")
                .contains("Plan unchanged since review for 1 stack(s).");
    }

    @Test
    void should_refuse_a_plan_that_changed_since_review() throws IOException {
        CommandRun run = check("reviewed.md", "replanned-changed.plan.json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("plan changed since review: " + STACK + " (reviewed sha256:")
                .contains("Nothing was applied.");
    }

    @Test
    void should_refuse_when_the_reviewed_report_is_truncated_or_missing() throws IOException {
        String reviewed = Files.readString(work.resolve("reviewed.md"));
        Files.writeString(work.resolve("cut.md"), reviewed.substring(0, reviewed.length() / 2));

        CommandRun cut = check("cut.md", "replanned-unchanged.plan.json");
        CommandRun missing = run(List.of("bash", SCRIPT.toString(), "none.md", "replanned"));

        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.stderr()).contains("plan changed since review: the reviewed plan report is truncated");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).contains("plan changed since review: no reviewed plan report was found");
    }

    @Test
    void should_refuse_a_stack_that_changes_something_but_was_not_reviewed() throws IOException {
        Path folder = Files.createDirectories(work.resolve("other").resolve("plan-prod-use1-data"));
        Files.copy(PLANS.resolve("replanned-unchanged.plan.json"), folder.resolve("plan.json"));

        CommandRun run = run(List.of("bash", SCRIPT.toString(), "reviewed.md", "other"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("plan changed since review: prod-use1-data was not in the reviewed plan");
    }
}
