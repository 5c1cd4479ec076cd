package com.haevn.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each workflow rule on a compliant and a violating document, so the checks on the real files can fail. */
class WorkflowRulesTest {

    private static final String CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683";

    @Test
    void should_report_a_job_without_permissions() {
        // GIVEN one job with permissions and one without
        Map<String, Object> workflow = GithubFiles.parse("""
                jobs:
                  ok: { runs-on: x, permissions: { contents: read }, steps: [ { run: make } ] }
                  open: { runs-on: x, steps: [ { run: make } ] }
                  wide: { runs-on: x, permissions: write-all, steps: [ { run: make } ] }
                """);
        // WHEN checking THEN only the latter two are reported
        assertThat(WorkflowRules.jobsWithoutPermissions(workflow)).containsExactly(
                "job 'open' has no permissions: block", "job 'wide' asks for write-all permissions");
    }

    @Test
    void should_report_setup_terraform_with_its_wrapper_on() {
        List<Map<String, Object>> steps = WorkflowRules.steps(GithubFiles.parse("""
                steps:
                  - name: wrapper-off
                    uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd
                    with: { terraform_wrapper: false }
                  - name: wrapper-default
                    uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd
                  - name: wrapper-on
                    uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd
                    with: { terraform_wrapper: "true" }
                """));
        assertThat(WorkflowRules.terraformWrapperNotDisabled(steps)).hasSize(2)
                .anyMatch(v -> v.contains("'wrapper-default'") && v.contains("terraform_wrapper null"))
                .anyMatch(v -> v.contains("'wrapper-on'"));
    }

    @Test
    void should_report_actions_pinned_to_a_tag_or_a_short_sha() {
        List<Map<String, Object>> steps = WorkflowRules.steps(GithubFiles.parse("""
                runs:
                  using: composite
                  steps:
                    - uses: %s
                    - uses: ./.github/actions/setup-toolchain
                    - uses: actions/setup-node@v4
                    - uses: actions/setup-java@c5195ef
                """.formatted(CHECKOUT)));
        assertThat(WorkflowRules.unpinnedActions(steps)).containsExactly(
                "'actions/setup-node@v4' is not pinned to a full commit SHA",
                "'actions/setup-java@c5195ef' is not pinned to a full commit SHA");
    }

    @Test
    void should_report_a_step_that_only_echoes_success() {
        List<Map<String, Object>> steps = WorkflowRules.steps(GithubFiles.parse("""
                steps:
                  - name: Smoke tests
                    run: |
                      # TODO real tests
                      echo "smoke tests passed"
                  - name: Real check
                    run: |
                      echo "checking"
                      ./haevn validate cdktf.out
                """));
        assertThat(WorkflowRules.pretendSteps(steps)).containsExactly("step 'Smoke tests' only echoes: echo \"smoke tests passed\"");
    }

    @Test
    void should_report_id_token_in_a_job_that_assumes_no_role() {
        Map<String, Object> workflow = GithubFiles.parse("""
                jobs:
                  direct:
                    permissions: { id-token: write }
                    steps: [ { uses: "aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502" } ]
                  through-action:
                    permissions: { id-token: write }
                    steps: [ { uses: ./.github/actions/deploy } ]
                  idle:
                    permissions: { id-token: write, contents: read }
                    steps: [ { run: make } ]
                """);
        Map<String, List<Map<String, Object>>> localActions = Map.of("./.github/actions/deploy",
                List.of(Map.of("uses", "aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502")));
        assertThat(WorkflowRules.idTokenWithoutRoleAssumption(workflow, localActions))
                .containsExactly("job 'idle' may mint OIDC tokens (id-token: write) but assumes no role");
    }

    @Test
    void should_report_the_prod_role_used_outside_the_production_environment() {
        Map<String, Object> workflow = GithubFiles.parse("""
                jobs:
                  guarded:
                    environment: production
                    steps: [ { uses: ./x, with: { role-to-assume: "${{ vars.AWS_ROLE_ARN_PROD }}" } } ]
                  guarded-map:
                    environment: { name: production, url: "https://haevn.io" }
                    steps: [ { uses: ./x, with: { role-to-assume: "${{ vars.AWS_ROLE_ARN_PROD }}" } } ]
                  unguarded:
                    environment: staging
                    steps: [ { uses: ./x, with: { role-to-assume: "${{ vars.AWS_ROLE_ARN_PROD }}" } } ]
                """);
        assertThat(WorkflowRules.jobsUsingRole(workflow, "AWS_ROLE_ARN_PROD")).containsExactly("guarded", "guarded-map", "unguarded");
        assertThat(WorkflowRules.roleUsedOutsideEnvironment(workflow, "AWS_ROLE_ARN_PROD", "production")).containsExactly(
                "job 'unguarded' assumes AWS_ROLE_ARN_PROD but runs in environment 'staging' instead of 'production'");
    }

    @Test
    void should_report_checklist_items_missing_or_not_as_checkboxes() {
        // GIVEN a template with two items as checkboxes, one as plain text, one absent
        String template = """
                - [ ] PR label `infra-change` is set
                - [ ] Approved by at least one SRE
                `terraform plan` diff attached to the PR
                """;
        // THEN the plain-text one and the absent one are missing
        assertThat(WorkflowRules.missingChecklistItems(template)).containsExactly(
                "`terraform plan` diff attached to PR", "Post-merge verification in #infra-alerts");
    }

    @Test
    void should_accept_a_template_with_all_four_checkboxes() {
        String template = """
                - [ ] PR label `infra-change` is set
                - [ ] Approved by at least one SRE
                - [ ] `terraform plan` diff attached to the PR
                - [ ] Post-merge verification in #infra-alerts
                """;
        assertThat(WorkflowRules.missingChecklistItems(template)).isEmpty();
    }
}
