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
 * The scripts of the application release (release-weights.sh) and of the nightly drift check (drift-issues.sh),
 * against stand-ins for the AWS and GitHub CLIs that keep the SSM parameter, the rule's weights, the alarms and
 * the issues in files.
 */
class ReleaseScriptsTest {

    private static final Path WEIGHTS = Path.of(".github/scripts/release-weights.sh").toAbsolutePath();
    private static final Path DRIFT = Path.of(".github/scripts/drift-issues.sh").toAbsolutePath();
    private static final String STATE = """
            {"rule_arn": "arn:rule", "target_groups": {"blue": "arn:tg/blue", "green": "arn:tg/green"},
             "alarms": {"blue": ["web-blue-5xx"], "green": ["web-green-5xx", "web-green-latency"]},
             "live": "blue", "weights": {"blue": 100, "green": 0}, "digests": {"blue": "sha256:aaa"}}""";

    @TempDir
    Path work;

    @BeforeEach
    void stand_in_clis() throws IOException {
        RequiredTool.require(CommandRun.works(List.of("jq", "--version")), "jq is not on the PATH", "Install jq.");
        Path bin = Files.createDirectories(work.resolve("bin"));
        executable(bin.resolve("aws"), """
                #!/usr/bin/env bash
                echo "aws $*" >>"$STUBS/calls"
                case "$1 $2" in
                  "ssm get-parameter") cat "$STUBS/parameter" ;;
                  "ssm put-parameter") while [[ $# -gt 0 ]]; do [[ "$1" == --value ]] && printf '%s' "$2" >"$STUBS/parameter"; shift; done ;;
                  "elbv2 modify-rule") ;;
                  "cloudwatch describe-alarms") cat "$STUBS/alarming" 2>/dev/null || true ;;
                  *) echo "unexpected aws $*" >&2; exit 9 ;;
                esac
                """);
        executable(bin.resolve("gh"), """
                #!/usr/bin/env bash
                echo "gh $*" >>"$STUBS/calls"
                case "$1 $2" in
                  "issue list") cat "$STUBS/open-issues" 2>/dev/null || true ;;
                  "issue create"|"issue edit"|"issue close") ;;
                  *) echo "unexpected gh $*" >&2; exit 9 ;;
                esac
                """);
        Files.writeString(work.resolve("parameter"), STATE);
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private CommandRun run(Path script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        return CommandRun.run(work, Map.of("PATH", work.resolve("bin") + ":" + System.getenv("PATH"),
                "STUBS", work.toString(), "PARAMETER", "/haevn/prod/us-east-1/frontdoor/release",
                "DIGEST", "sha256:bbb", "BAKE_POLL_SECONDS", "0", "GITHUB_REPOSITORY", "haevn/infra",
                "GH_TOKEN", "test"), Duration.ofMinutes(1), command);
    }

    private String parameter() throws IOException {
        return Files.readString(work.resolve("parameter"));
    }

    @Test
    void should_canary_bake_and_promote_the_idle_colour() throws IOException {
        assertThat(run(WEIGHTS, "idle").stdout().strip()).isEqualTo("green");

        CommandRun canary = run(WEIGHTS, "canary", "10");
        assertThat(canary.exitCode()).as(canary.output()).isZero();
        assertThat(canary.stdout()).contains("Front door weights: blue 90, green 10");
        assertThat(parameter()).contains("\"weights\":{\"blue\":90,\"green\":10}").contains("\"green\":\"sha256:bbb\"")
                .contains("\"previous\":{\"live\":\"blue\",\"weights\":{\"blue\":100,\"green\":0}}");

        CommandRun bake = run(WEIGHTS, "bake", "0");
        assertThat(bake.exitCode()).as(bake.output()).isZero();
        assertThat(Files.readString(work.resolve("calls")))
                .contains("cloudwatch describe-alarms --alarm-names web-green-5xx web-green-latency --state-value ALARM");

        CommandRun promote = run(WEIGHTS, "promote");
        assertThat(promote.stdout()).contains("blue 0, green 100").contains("Promoted: green is live");
        assertThat(parameter()).contains("\"live\":\"green\"");
        assertThat(Files.readString(work.resolve("calls"))).contains("elbv2 modify-rule --rule-arn arn:rule --actions"
                + " Type=forward,ForwardConfig={TargetGroups=[{TargetGroupArn=arn:tg/blue,Weight=0},"
                + "{TargetGroupArn=arn:tg/green,Weight=100}]}");
    }

    @Test
    void should_restore_the_previous_weights_when_an_alarm_fires_during_the_bake() throws IOException {
        run(WEIGHTS, "canary", "10");
        Files.writeString(work.resolve("alarming"), "web-green-5xx\n");

        CommandRun bake = run(WEIGHTS, "bake", "30");

        assertThat(bake.exitCode()).isEqualTo(1);
        assertThat(bake.stderr()).contains("alarm(s) web-green-5xx fired during the bake of green");
        assertThat(bake.stdout()).contains("Front door weights: blue 100, green 0");
        assertThat(parameter()).contains("\"weights\":{\"blue\":100,\"green\":0}").contains("\"live\":\"blue\"");
    }

    @Test
    void should_roll_back_a_promoted_release_in_one_run() throws IOException {
        run(WEIGHTS, "canary", "10");
        run(WEIGHTS, "promote");

        CommandRun rollback = run(WEIGHTS, "rollback");

        assertThat(rollback.exitCode()).as(rollback.output()).isZero();
        assertThat(rollback.stdout()).contains("Rolled back: blue is live again.");
        // back to the weights before the canary, not to the canary's
        assertThat(parameter()).contains("\"live\":\"blue\"").contains("\"weights\":{\"blue\":100,\"green\":0}");
    }

    @Test
    void should_refuse_a_parameter_without_release_state_and_a_bad_percentage() throws IOException {
        CommandRun percent = run(WEIGHTS, "canary", "100");
        Files.writeString(work.resolve("parameter"), "{}");
        CommandRun empty = run(WEIGHTS, "idle");

        assertThat(percent.exitCode()).isEqualTo(2);
        assertThat(percent.stderr()).contains("canary PERCENT must be 1-99");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.stderr()).contains("does not hold the release state");
    }

    @Test
    void should_open_an_issue_per_drifting_stack_and_close_the_one_whose_drift_is_gone() throws IOException {
        Path report = Files.writeString(work.resolve("report.json"), """
                {"stacks": [
                  {"stack": "prod-use1-edge", "summary": {"drift": 1}, "drift": [{"address": "aws_security_group.web",
                    "kind": "update", "attributes": [{"path": "ingress[0].cidr_blocks[0]", "before": "\\"10.0.0.0/8\\"",
                    "after": "\\"0.0.0.0/0\\""}]}]},
                  {"stack": "prod-use1-data", "summary": {"drift": 0}, "drift": []}]}
                """);
        // an issue is open for the data stack from an earlier night
        Files.writeString(work.resolve("open-issues"), "17\n");

        CommandRun run = run(DRIFT, report.toString(), "https://github.test/run/3");

        assertThat(run.exitCode()).as(run.output()).isZero();
        String calls = Files.readString(work.resolve("calls"));
        // the stand-in answers "17" for every search: the edge stack's issue is updated, the data stack's closed
        assertThat(run.stdout()).contains("prod-use1-edge: drift (1), issue #17 updated.")
                .contains("prod-use1-data: no drift, issue #17 closed.");
        assertThat(calls).contains("gh issue edit 17 --repo haevn/infra --body Objects of `prod-use1-edge` changed")
                .contains("`ingress[0].cidr_blocks[0]`: \"10.0.0.0/8\" → \"0.0.0.0/0\"")
                .contains("gh issue close 17");

        Files.delete(work.resolve("open-issues"));
        CommandRun fresh = run(DRIFT, report.toString());
        assertThat(fresh.stdout()).contains("prod-use1-edge: drift (1), issue opened.").contains("prod-use1-data: no drift.");
        assertThat(Files.readString(work.resolve("calls"))).contains("gh issue create --repo haevn/infra --title Drift: prod-use1-edge --label drift");
    }

    @Test
    void should_refuse_a_report_that_is_not_a_plan_report() throws IOException {
        Path bad = Files.writeString(work.resolve("bad.json"), "{\"plans\": []}");
        CommandRun run = run(DRIFT, bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("a haevn plan-report --format json report");
    }
}
