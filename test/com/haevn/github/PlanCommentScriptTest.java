package com.haevn.github;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** plan-comment.sh, the pull request's plan comment, with this build's {@code haevn plan-report} behind ./haevn. */
class PlanCommentScriptTest {

    private static final Path SCRIPT = Path.of(".github/scripts/plan-comment.sh").toAbsolutePath();
    private static final Path PLAN = Path.of("test/resources/planreport/hand-written.plan.json").toAbsolutePath();

    @TempDir
    Path work;

    @BeforeEach
    void launcher() throws IOException {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash.");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = work.resolve("haevn");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' com.haevn.cli.HaevnCommand \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void stack(String name, String status, boolean withPlan) throws IOException {
        Path dir = Files.createDirectories(work.resolve("plans").resolve("plan-" + name));
        Files.writeString(dir.resolve("status"), status + "\n");
        if (withPlan) {
            Files.copy(PLAN, dir.resolve("plan.json"));
        }
    }

    private CommandRun comment(Map<String, String> environment) {
        return CommandRun.run(work, environment, Duration.ofMinutes(2),
                List.of("bash", SCRIPT.toString(), "plans", "https://github.test/haevn/infra/actions/runs/9"));
    }

    @Test
    void should_report_every_planned_stack_and_name_the_failed_ones() throws IOException {
        stack("prod-use1-data", "ok", true);
        stack("prod-usw2-data", "ok", true);
        stack("prod-use1-edge", "failed", false);

        CommandRun run = comment(Map.of("PR_BODY", "allow-destroy: aws_db_instance.legacy=merged into core",
                "PR_LABELS_JSON", "[\"infra-change\"]", "FULL_REPORT", "full.json"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.stdout()).startsWith("<!-- haevn-plan -->")
                .contains("| ❌ `prod-use1-data` | 2 | 3 | 1 | 2 | 1 | 1 | 0 | 3 | 2 |")
                .contains("| ❌ `prod-use1-edge` | plan failed |")
                .contains("**allowed: merged into core**")
                .contains("- [x] 1. PR label `infra-change` required: satisfied")
                .contains("- [ ] 3. `terraform plan` diff attached to PR: not satisfied (no plan for prod-use1-edge")
                // the same change in both regions, once
                .contains("`aws_instance.bastion`: create in `prod-use1-data`, `prod-usw2-data`")
                .contains("<!-- haevn-plan-fingerprint prod-usw2-data sha256:")
                .endsWith("<!-- haevn-plan-report-end -->\n");
        assertThat(Files.readString(work.resolve("full.json"))).contains("\"stack\" : \"prod-usw2-data\"");
    }

    @Test
    void should_say_so_when_there_is_nothing_to_plan() throws IOException {
        Files.createDirectories(work.resolve("plans"));

        CommandRun run = comment(Map.of());

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("<!-- haevn-plan -->").contains("nothing to plan");
    }

    @Test
    void should_refuse_a_missing_plans_folder() {
        CommandRun run = CommandRun.run(work, Map.of(), Duration.ofMinutes(1), List.of("bash", SCRIPT.toString(), "nope"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("plans folder 'nope' not found");
    }
}
