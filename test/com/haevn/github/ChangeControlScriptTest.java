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

/**
 * change-control.sh, the pull request's check on its plans, with the real validator behind {@code ./haevn}
 * (a launcher in the test folder that starts this build's class path).
 */
class ChangeControlScriptTest {

    private static final Path SCRIPT = Path.of(".github/scripts/change-control.sh").toAbsolutePath();
    private static final Path PLANS = Path.of("test/resources/github/plans").toAbsolutePath();

    @TempDir
    Path work;

    @BeforeEach
    void launcher_running_this_builds_validator() throws IOException {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash.");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path launcher = work.resolve("haevn");
        Files.writeString(launcher, "#!/usr/bin/env bash\nexec '" + java + "' -cp '"
                + System.getProperty("java.class.path") + "' com.haevn.cli.HaevnCommand \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private CommandRun check(String pullRequestBody) {
        return CommandRun.run(work, Map.of("PR_BODY", pullRequestBody), Duration.ofMinutes(2),
                List.of("bash", SCRIPT.toString(), PLANS.toString(), "report.md"));
    }

    @Test
    void should_fail_a_plan_that_deletes_a_table_the_description_does_not_allow() throws IOException {
        CommandRun run = check("Removes the orders table.");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(work.resolve("report.md")))
                .startsWith("<!-- haevn-change-control -->").contains("HVN-CHG-001").contains("aws_dynamodb_table.orders");
    }

    @Test
    void should_pass_when_the_description_allows_that_address_with_a_reason() throws IOException {
        CommandRun run = check("Removes the orders table.\r\n\r\nallow-destroy: aws_dynamodb_table.orders=orders moved to"
                + " Aurora in PR 41, table empty since\r\n");

        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        assertThat(run.stdout()).contains("1 plan(s); 2 allow-destroy argument(s)");
        assertThat(Files.readString(work.resolve("report.md"))).contains("orders moved to Aurora in PR 41");
    }

    @Test
    void should_refuse_an_allowance_without_a_reason() {
        CommandRun run = check("allow-destroy: aws_dynamodb_table.orders");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--allow-destroy expects ADDRESS=REASON");
    }
}
