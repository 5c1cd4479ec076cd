package com.haevn.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps .github/ valid: every workflow and composite action passes the pinned action-validator
 * (the schema GitHub itself applies), and the workflows keep the properties the change-control
 * process relies on (permissions, pinning, terraform wrapper, production environment, checklist).
 */
class WorkflowsTest {

    private static final Path ACTION_VALIDATOR_PACKAGE = Path.of("node_modules", "@action-validator", "cli", "package.json");

    static Stream<Path> githubActionsFiles() {
        return Stream.concat(GithubFiles.workflows().stream(), GithubFiles.actions().stream());
    }

    @Test
    void should_find_the_three_pipelines_and_their_actions() {
        // GIVEN the repository's .github folder WHEN listing it
        List<String> workflows = GithubFiles.workflows().stream().map(p -> p.getFileName().toString()).toList();
        // THEN the PR, deploy and review-app pipelines are there (a parameterized test over nothing would pass silently)
        assertThat(workflows).contains("pr.yml", "deploy.yml", "review-app.yml");
        assertThat(GithubFiles.actions()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubActionsFiles")
    void should_pass_the_pinned_action_validator(Path file) {
        // GIVEN node and the pinned @action-validator/cli
        requireActionValidator();
        // WHEN validating the file
        CommandRun result = actionValidator(file);
        // THEN it is valid
        assertThat(result.exitCode()).as("action-validator %s:%n%s", file, result.output()).isZero();
    }

    @Test
    void should_reject_a_workflow_with_an_unknown_step_key(@TempDir Path dir) throws IOException {
        // GIVEN a workflow with a typo (runz) that GitHub would refuse
        requireActionValidator();
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, """
                name: broken
                on: push
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - runz: mvn -B verify
                """);
        // WHEN validating it
        CommandRun result = actionValidator(broken);
        // THEN the validator fails and names the problem: the check above can fail
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("Additional property 'runz' is not allowed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflowFiles")
    void should_give_every_job_its_own_permissions(Path workflow) {
        Map<String, Object> parsed = GithubFiles.load(workflow);
        assertThat(WorkflowRules.jobsWithoutPermissions(parsed)).as(workflow.toString()).isEmpty();
        // The workflow-wide default grants nothing, so a job added without a block fails closed.
        assertThat(parsed.get("permissions")).as("%s top-level permissions", workflow).isEqualTo(Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubActionsFiles")
    void should_run_setup_terraform_without_its_wrapper(Path file) {
        assertThat(WorkflowRules.terraformWrapperNotDisabled(WorkflowRules.steps(GithubFiles.load(file))))
                .as(file.toString()).isEmpty();
    }

    @Test
    void should_set_up_terraform_somewhere_so_the_wrapper_rule_is_not_vacuous() {
        long setups = githubActionsFiles().flatMap(file -> WorkflowRules.steps(GithubFiles.load(file)).stream())
                .filter(step -> WorkflowRules.uses(step).startsWith("hashicorp/setup-terraform@")).count();
        assertThat(setups).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubActionsFiles")
    void should_pin_every_third_party_action_to_a_commit(Path file) {
        assertThat(WorkflowRules.unpinnedActions(WorkflowRules.steps(GithubFiles.load(file)))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubActionsFiles")
    void should_have_no_step_that_only_echoes(Path file) {
        assertThat(WorkflowRules.pretendSteps(WorkflowRules.steps(GithubFiles.load(file)))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflowFiles")
    void should_grant_id_token_only_to_jobs_that_assume_a_role(Path workflow) {
        assertThat(WorkflowRules.idTokenWithoutRoleAssumption(GithubFiles.load(workflow), GithubFiles.localActionSteps()))
                .as(workflow.toString()).isEmpty();
    }

    @Test
    void should_deploy_prod_only_from_the_production_environment() {
        // GIVEN the deploy workflow
        Map<String, Object> deploy = GithubFiles.load(GithubFiles.WORKFLOWS.resolve("deploy.yml"));
        // THEN some job deploys prod, and every job holding the prod role runs in `production` (required reviewers)
        assertThat(WorkflowRules.jobsUsingRole(deploy, "AWS_ROLE_ARN_PROD")).isNotEmpty();
        assertThat(WorkflowRules.roleUsedOutsideEnvironment(deploy, "AWS_ROLE_ARN_PROD", "production")).isEmpty();
        assertThat(WorkflowRules.jobsUsingRole(deploy, "AWS_ROLE_ARN_STAGING")).isNotEmpty();
        assertThat(WorkflowRules.roleUsedOutsideEnvironment(deploy, "AWS_ROLE_ARN_STAGING", "staging")).isEmpty();
    }

    @Test
    void should_deploy_prod_only_for_infra_v_tags_and_staging_only_for_main() {
        Map<String, Object> deploy = GithubFiles.load(GithubFiles.WORKFLOWS.resolve("deploy.yml"));
        Map<String, Object> push = asMap(trigger(deploy).get("push"));
        assertThat(push.get("branches")).isEqualTo(List.of("main"));
        assertThat(push.get("tags")).isEqualTo(List.of("infra-v*"));
        Map<String, Map<String, Object>> jobs = WorkflowRules.jobs(deploy);
        assertThat(String.valueOf(jobs.get("deploy-prod").get("if"))).contains("'prod'");
        assertThat(String.valueOf(jobs.get("deploy-staging").get("if"))).contains("'staging'");
    }

    @Test
    void should_never_cancel_a_deploy_but_cancel_superseded_pull_request_runs() {
        Map<String, Object> pr = asMap(GithubFiles.load(GithubFiles.WORKFLOWS.resolve("pr.yml")).get("concurrency"));
        assertThat(String.valueOf(pr.get("group"))).contains("github.event.pull_request.number");
        assertThat(pr.get("cancel-in-progress")).isEqualTo(true);
        for (String name : List.of("deploy.yml", "review-app.yml")) {
            Map<String, Object> concurrency = asMap(GithubFiles.load(GithubFiles.WORKFLOWS.resolve(name)).get("concurrency"));
            assertThat(concurrency.get("cancel-in-progress")).as(name).isEqualTo(false);
        }
    }

    @Test
    void should_hold_all_four_change_control_items_in_the_pull_request_template() {
        String template = GithubFiles.read(GithubFiles.GITHUB.resolve("pull_request_template.md"));
        assertThat(WorkflowRules.missingChecklistItems(template)).isEmpty();
    }

    @Test
    void should_make_the_sre_team_own_infrastructure_and_pipeline_paths() {
        List<String> rules = GithubFiles.read(GithubFiles.GITHUB.resolve("CODEOWNERS")).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String path : List.of("/environments/", "/main/", "/modules/", "/.github/")) {
            assertThat(rules).as("CODEOWNERS rule for %s", path)
                    .anyMatch(rule -> rule.matches(Pattern.quote(path) + "\\s+.*@haevn/sre.*"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("githubActionsFiles")
    void should_reference_only_local_actions_and_scripts_that_exist(Path file) {
        // action-validator cannot see a typo in a local path; GitHub would only fail at run time.
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> step : WorkflowRules.steps(GithubFiles.load(file))) {
            String uses = WorkflowRules.uses(step);
            if (uses.startsWith("./") && !Files.isRegularFile(Path.of(uses, "action.yml"))) {
                problems.add("missing local action " + uses);
            }
        }
        Matcher scripts = Pattern.compile("\\.github/scripts/[A-Za-z0-9_.-]+\\.sh").matcher(GithubFiles.read(file));
        while (scripts.find()) {
            Path script = Path.of(scripts.group());
            if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
                problems.add("missing or non-executable script " + script);
            }
        }
        assertThat(problems).as(file.toString()).isEmpty();
    }

    static Stream<Path> workflowFiles() {
        return GithubFiles.workflows().stream();
    }

    private static void requireActionValidator() {
        RequiredTool.require(CommandRun.works(List.of("node", "--version")),
                "node is not on the PATH", "Install Node.js 18 or newer.");
        RequiredTool.require(Files.isRegularFile(ACTION_VALIDATOR_PACKAGE),
                "node_modules/@action-validator/cli is missing", "Run `npm ci` in the repository root.");
    }

    private static CommandRun actionValidator(Path file) {
        return CommandRun.run(Path.of("."), Map.of(), Duration.ofMinutes(2),
                List.of("npx", "--no-install", "action-validator", file.toString()));
    }

    /** YAML 1.1 reads the key {@code on} as boolean true. */
    private static Map<String, Object> trigger(Map<String, Object> workflow) {
        return asMap(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
