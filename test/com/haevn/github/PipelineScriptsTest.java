package com.haevn.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts the workflows run (.github/scripts), driven the way the workflows drive them:
 * the infra-change label gate, changed-stack detection, deploy order and the review-app guard
 * (the plan comment: PlanCommentScriptTest). They need bash and jq, as on GitHub's runners.
 */
class PipelineScriptsTest {

    @TempDir
    Path temp;

    @BeforeEach
    void requireBashAndJq() {
        RequiredTool.require(CommandRun.works(List.of("bash", "--version")), "bash is not on the PATH", "Install bash 4 or newer.");
        RequiredTool.require(CommandRun.works(List.of("jq", "--version")), "jq is not on the PATH", "Install jq (GitHub's runners have it).");
    }

    // --- require-infra-label.sh: change-control item 1 ---

    @Test
    void should_fail_with_a_clear_message_when_infrastructure_changes_without_the_label() throws IOException {
        // GIVEN a pull request changing a module and a doc, labelled `docs` and a near miss of the label
        Path changed = lines("modules/com/haevn/modules/data/Database.java", "docs/ci.md");
        // WHEN the gate runs
        CommandRun result = script("require-infra-label.sh", Map.of("PR_LABELS_JSON", "[\"docs\",\"infra-changes\"]"), changed.toString());
        // THEN it fails, says what to do and names the file
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("has no 'infra-change' label. Add the label to the pull request")
                .contains("modules/com/haevn/modules/data/Database.java").doesNotContain("docs/ci.md");
    }

    @Test
    void should_pass_when_infrastructure_changes_carry_the_label() throws IOException {
        Path changed = lines("environments/prod.yaml", "main/com/haevn/App.java");
        CommandRun result = script("require-infra-label.sh", Map.of("PR_LABELS_JSON", "[\"review-app\",\"infra-change\"]"), changed.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains("present for 2 changed infrastructure file(s)");
    }

    @Test
    void should_not_require_the_label_when_no_infrastructure_code_changes() throws IOException {
        // .github/ and docs/ are guarded by CODEOWNERS review, not by the label
        Path changed = lines(".github/workflows/pr.yml", "docs/ci.md", "mainframe.txt");
        CommandRun result = script("require-infra-label.sh", Map.of("PR_LABELS_JSON", "[]"), changed.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains("is not required");
    }

    @Test
    void should_refuse_labels_that_are_not_a_json_array() throws IOException {
        CommandRun result = script("require-infra-label.sh", Map.of("PR_LABELS_JSON", "infra-change"), lines("main/A.java").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("PR_LABELS_JSON is not a JSON array");
    }

    // --- changed-stacks.sh: which stacks to plan ---

    @Test
    void should_list_changed_and_new_staging_and_prod_stacks_only() {
        // GIVEN a base synth and a pull request synth
        Path base = new SynthFixture(temp.resolve("base"))
                .stack("prod-use1-network", "{\"a\":1}")
                .stack("prod-use1-data", "{\"size\":1}")
                .stack("dev-use1-network", "{\"a\":1}")
                .stack("staging-use1-old", "{}")
                .write();
        Path head = new SynthFixture(temp.resolve("head"))
                .stack("prod-use1-network", "{\"a\":1}")          // unchanged
                .stack("prod-use1-data", "{\"size\":2}")          // changed
                .stack("dev-use1-network", "{\"a\":2}")           // changed, but dev is not planned here
                .stack("staging-use1-cache", "{}")                // new
                .write();
        // WHEN comparing them
        CommandRun result = script("changed-stacks.sh", Map.of(), base.toString(), head.toString());
        // THEN the matrix holds the changed prod stack and the new staging stack, and the removed stack is a warning
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(
                "[{\"stack\":\"prod-use1-data\",\"env\":\"prod\",\"ENV\":\"PROD\"},"
                        + "{\"stack\":\"staging-use1-cache\",\"env\":\"staging\",\"ENV\":\"STAGING\"}]");
        assertThat(result.stderr()).contains("::warning title=Stack removed::staging-use1-old is no longer synthesized");
    }

    @Test
    void should_print_an_empty_matrix_when_nothing_changed() {
        Path base = new SynthFixture(temp.resolve("base")).stack("prod-global-state", "{}").write();
        Path head = new SynthFixture(temp.resolve("head")).stack("prod-global-state", "{}").write();
        CommandRun result = script("changed-stacks.sh", Map.of(), base.toString(), head.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout().strip()).isEqualTo("[]");
    }

    @Test
    void should_count_every_stack_in_scope_as_changed_without_a_base_synth() {
        Path head = new SynthFixture(temp.resolve("head"))
                .stack("staging-use1-network", "{}").stack("dev-use1-network", "{}").write();
        CommandRun result = script("changed-stacks.sh", Map.of(), temp.resolve("missing").toString(), head.toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout()).contains("staging-use1-network").doesNotContain("dev-use1-network");
        assertThat(result.stderr()).contains("every stack in scope counts as changed");
    }

    @Test
    void should_fail_clearly_when_the_pull_request_synth_is_missing() {
        CommandRun result = script("changed-stacks.sh", Map.of(), temp.toString(), temp.resolve("nothing").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("manifest.json' not found").contains("run ./haevn synth first");
    }

    // --- stack-order.sh: deploy order without the bootstrap stacks ---

    @Test
    void should_order_stacks_by_dependency_and_leave_out_bootstrap_stacks() {
        // GIVEN data -> runtime -> network -> global-state (bootstrap), and another environment's stack
        Path out = new SynthFixture(temp.resolve("out"))
                .stack("staging-use1-data", "{}", "staging-use1-runtime", "staging-use1-network")
                .stack("staging-use1-runtime", "{}", "staging-use1-network")
                .stack("staging-use1-network", "{}", "staging-global-state")
                .stack("staging-global-state", "{}")
                .stack("prod-use1-network", "{}")
                .write();
        // WHEN ordering the staging stacks without the bootstrap ones
        CommandRun result = script("stack-order.sh", Map.of(), out.resolve("manifest.json").toString(), "staging-*", "*-global-state");
        // THEN dependencies come first and global-state is taken as already applied
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout().lines().toList()).containsExactly("staging-use1-network", "staging-use1-runtime", "staging-use1-data");
        assertThat(result.stderr()).contains("depends on staging-global-state (not selected): assuming it is already applied");
    }

    @Test
    void should_refuse_a_dependency_cycle() {
        Path out = new SynthFixture(temp.resolve("out"))
                .stack("dev-use1-a", "{}", "dev-use1-b").stack("dev-use1-b", "{}", "dev-use1-a").write();
        CommandRun result = script("stack-order.sh", Map.of(), out.resolve("manifest.json").toString(), "dev-*");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("dependency cycle among: dev-use1-a dev-use1-b");
    }

    @Test
    void should_refuse_a_selection_that_matches_no_stack() {
        Path out = new SynthFixture(temp.resolve("out")).stack("dev-use1-network", "{}").write();
        CommandRun result = script("stack-order.sh", Map.of(), out.resolve("manifest.json").toString(), "prod-*");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("matches 'prod-*'");
    }

    // --- require-stacks.sh: the review-app guard ---

    @Test
    void should_stop_a_review_app_whose_synth_has_no_stack_of_its_own() {
        // GIVEN a synth holding only the shared dev stacks (the review request was ignored)
        Path out = new SynthFixture(temp.resolve("out")).stack("dev-use1-network", "{}").stack("dev-use1-runtime", "{}").write();
        // WHEN guarding pull request 12's review app
        CommandRun result = script("require-stacks.sh", Map.of("HAEVN_REVIEW_PR", "12"),
                out.resolve("manifest.json").toString(), "dev-*-pr-12");
        // THEN nothing may be deployed or destroyed
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("has no stack matching 'dev-*-pr-12'").contains("Nothing was deployed or destroyed")
                .contains("dev-use1-network, dev-use1-runtime");
    }

    @Test
    void should_accept_a_review_app_synth_with_its_own_stacks_only_for_its_own_number() {
        Path out = new SynthFixture(temp.resolve("out"))
                .stack("dev-use1-network", "{}").stack("dev-use1-review-pr-12", "{}").stack("dev-use1-review-pr-123", "{}").write();
        CommandRun result = script("require-stacks.sh", Map.of(), out.resolve("manifest.json").toString(), "dev-*-pr-12");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.stdout().strip()).isEqualTo("Review-app stacks: dev-use1-review-pr-12");
    }

    private CommandRun script(String name, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", Path.of(".github", "scripts", name).toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return CommandRun.run(temp, environment, Duration.ofMinutes(1), command);
    }

    private Path lines(String... paths) throws IOException {
        return Files.write(temp.resolve("changed-files.txt"), List.of(paths));
    }
}
