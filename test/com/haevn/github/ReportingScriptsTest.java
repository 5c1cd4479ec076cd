package com.haevn.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts that report outward: the sticky PR comment (against a stand-in for the GitHub CLI
 * that applies the real jq filter to canned comments), the #infra-alerts notification without a
 * webhook, and the post-deploy validation (against a stand-in launcher).
 */
class ReportingScriptsTest {

    private static final String MARKER = "<!-- haevn-plan -->";

    @TempDir
    Path temp;

    @BeforeEach
    void requireBashAndJq() {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash 4 or newer.");
        RequiredTool.require(CommandRun.works(List.of("jq", "--version")), "jq is not on the PATH", "Install jq (GitHub's runners have it).");
    }

    @Test
    void should_update_the_bots_own_marked_comment_and_not_a_users_quote_of_it() throws IOException {
        // GIVEN a user comment quoting the marker (id 7) and the bot's earlier plan comment (id 42)
        fakeGh("""
                [{"id": 7, "user": {"type": "User"}, "body": "see <!-- haevn-plan --> above"},
                 {"id": 42, "user": {"type": "Bot"}, "body": "<!-- haevn-plan -->\\nold plan"}]
                """);
        Path body = Files.writeString(temp.resolve("body.md"), MARKER + "\nnew plan\n");
        // WHEN posting the new plan
        CommandRun result = sticky(body);
        // THEN the bot's comment is edited in place
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ghLog()).contains("api --method PATCH repos/haevn/infra/issues/comments/42 --input")
                .doesNotContain("comments/7").doesNotContain("--method POST");
        assertThat(result.stdout()).contains("Updated comment 42 on pull request #5.");
    }

    @Test
    void should_create_a_comment_carrying_the_marker_when_none_exists() throws IOException {
        fakeGh("[]");
        Path body = Files.writeString(temp.resolve("body.md"), "a body without the marker\n");
        CommandRun result = sticky(body);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ghLog()).contains("api --method POST repos/haevn/infra/issues/5/comments --input")
                .contains("\"body\": \"<!-- haevn-plan -->\\na body without the marker\"");
    }

    @Test
    void should_skip_the_slack_post_with_a_notice_when_no_webhook_is_set() {
        // GIVEN no SLACK_WEBHOOK_URL WHEN notifying about a failed staging deploy
        CommandRun result = run(List.of("bash", script("notify-slack.sh"), "staging", "success", "failure", "skipped"),
                Map.of("GITHUB_REPOSITORY", "haevn/infra", "GITHUB_RUN_ID", "99", "GITHUB_SHA", "0123456789abcdef0123",
                        "GITHUB_REF_NAME", "main", "GITHUB_ACTOR", "octocat"));
        // THEN it prints the message it would post and a notice, and succeeds
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout())
                .contains(":rotating_light: staging deploy needs attention: build success, deploy failure, post-deploy checks skipped")
                .contains("Ref: main (0123456789ab) by octocat")
                .contains("/haevn/infra/actions/runs/99")
                .contains("::notice title=Slack notification skipped::");
    }

    @Test
    void should_fail_post_deploy_validation_when_any_deployed_stack_fails() throws IOException {
        // GIVEN a launcher stand-in that fails only for the data stack's post-deploy plan
        Path synth = new SynthFixture(temp.resolve("cdktf.out")).stack("staging-use1-data", "{}").write();
        Path post = Files.createDirectories(temp.resolve("post-deploy"));
        Files.writeString(post.resolve("staging-use1-data.plan.json"), "{}");
        Files.writeString(post.resolve("staging-use1-network.plan.json"), "{}");
        fakeHaevn("staging-use1-data.plan.json");
        // WHEN validating what was deployed
        CommandRun result = run(List.of("bash", script("validate-deployed.sh"), synth.toString(), post.toString()),
                Map.of("GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString()));
        // THEN it fails naming that plan, and the summary holds all three reports
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("Post-deploy validation failed for: " + post.resolve("staging-use1-data.plan.json") + " (exit 3)")
                .doesNotContain("staging-use1-network.plan.json (exit");
        assertThat(Files.readString(temp.resolve("summary.md")))
                .contains("#### haevn validate " + synth).contains("staging-use1-network.plan.json").contains("report for");
    }

    @Test
    void should_fail_post_deploy_validation_when_there_is_no_post_deploy_plan() throws IOException {
        Path synth = new SynthFixture(temp.resolve("cdktf.out")).stack("staging-use1-data", "{}").write();
        Path post = Files.createDirectories(temp.resolve("post-deploy"));
        fakeHaevn("nothing-fails");
        CommandRun result = run(List.of("bash", script("validate-deployed.sh"), synth.toString(), post.toString()),
                Map.of("GITHUB_STEP_SUMMARY", temp.resolve("summary.md").toString()));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).contains("no post-deploy plan JSON found, so the deployed state was not checked");
    }

    private CommandRun sticky(Path body) {
        return run(List.of("bash", script("sticky-comment.sh"), MARKER, body.toString()),
                Map.of("GITHUB_REPOSITORY", "haevn/infra", "PR_NUMBER", "5"));
    }

    /** A `gh` that answers the comment listing by applying the script's own --jq filter to {@code comments}. */
    private void fakeGh(String comments) throws IOException {
        Files.writeString(temp.resolve("comments.json"), comments);
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path gh = Files.writeString(bin.resolve("gh"), """
                #!/usr/bin/env bash
                set -euo pipefail
                here="$(cd "$(dirname "$0")/.." && pwd)"
                args=("$@")
                for ((i = 0; i < ${#args[@]}; i++)); do
                  if [[ "${args[i]}" == --input ]]; then args[i+1]="$(cat "${args[i+1]}")"; fi
                done
                echo "${args[*]}" >>"$here/gh.log"
                if [[ "$2" == --paginate ]]; then
                  jq -r "$5" "$here/comments.json"
                fi
                """);
        gh.toFile().setExecutable(true);
    }

    /** A `./haevn` that writes a small report and exits 3 for inputs ending in {@code failing}. */
    private void fakeHaevn(String failing) throws IOException {
        Path haevn = Files.writeString(temp.resolve("haevn"), """
                #!/usr/bin/env bash
                # haevn validate INPUT --format markdown --output FILE
                echo "report for $2" >"$6"
                [[ "$2" == *%s ]] && exit 3
                exit 0
                """.formatted(failing));
        haevn.toFile().setExecutable(true);
    }

    private String ghLog() throws IOException {
        return Files.readString(temp.resolve("gh.log"));
    }

    private static String script(String name) {
        return Path.of(".github", "scripts", name).toAbsolutePath().toString();
    }

    private CommandRun run(List<String> command, Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("PATH", temp.resolve("bin") + java.io.File.pathSeparator + System.getenv("PATH"));
        env.remove("SLACK_WEBHOOK_URL");
        return CommandRun.run(temp, env, Duration.ofMinutes(1), new ArrayList<>(command));
    }
}
