package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code haevn plan-report} on hand-written plan JSON of what offline plans cannot produce: drift (with the
 * release-owned weights, which are not drift), deletes of stateful resources, sensitive values marked and unmarked,
 * unknown values, moved and imported resources.
 */
class PlanReportCommandTest {

    private static final Path HAND_WRITTEN = Path.of("test", "resources", "planreport", "hand-written.plan.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void should_count_every_action_of_the_plan() throws IOException {
        PlanReportRun run = PlanReportRun.of(HAND_WRITTEN.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode summary = JSON.readTree(run.stdout()).at("/stacks/0/summary");
        // as terraform's Plan: line: add = create + replace, destroy = delete + replace
        assertThat(summary.path("add").asInt()).isEqualTo(2);
        assertThat(summary.path("change").asInt()).isEqualTo(3);
        assertThat(summary.path("replace").asInt()).isEqualTo(1);
        assertThat(summary.path("destroy").asInt()).isEqualTo(2);
        assertThat(summary.path("import").asInt()).isEqualTo(1);
        assertThat(summary.path("move").asInt()).isEqualTo(1);
        assertThat(summary.path("forget").asInt()).isZero();
        assertThat(summary.path("unchanged").asInt()).isEqualTo(3);
        // the security group and the deleted queue; the listener rule's drift is only the release's weights
        assertThat(summary.path("drift").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(run.stdout()).at("/stacks/0/stack").asText()).isEqualTo("hand-written");
    }

    @Test
    void should_list_stateful_destruction_first_with_its_change_control_status() {
        PlanReportRun run = PlanReportRun.of(HAND_WRITTEN.toString(),
                "--allow-destroy", "aws_db_instance.legacy=migrated into the core cluster, final snapshot kept");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        String report = run.stdout();
        assertThat(report.indexOf("#### Stateful resources destroyed or replaced"))
                .isLessThan(report.indexOf("#### Validator findings")).isLessThan(report.indexOf("#### Changes"));
        assertThat(report).contains("✅ `hand-written`: plan will delete stateful aws_db_instance aws_db_instance.legacy")
                .contains("**allowed: migrated into the core cluster, final snapshot kept**")
                .contains("❌ `hand-written`: plan will replace (create before destroy) stateful aws_rds_cluster"
                        + " aws_rds_cluster.core")
                .contains("**BLOCKING: needs `allow-destroy: aws_rds_cluster.core=REASON` and an SRE approval**");
    }

    @Test
    void should_read_allow_destroy_lines_from_the_pull_request_description() throws IOException {
        Path description = Files.writeString(temp.resolve("body.md"), "Retire the legacy database.\r\n\r\n"
                + "allow-destroy: aws_db_instance.legacy=migrated into the core cluster\r\n");

        PlanReportRun run = PlanReportRun.of(HAND_WRITTEN.toString(), "--pr-description", description.toString(),
                "--pr-labels", "[\"infra-change\"]");

        assertThat(run.stdout()).contains("**allowed: migrated into the core cluster**")
                .contains("- [x] 1. PR label `infra-change` required: satisfied")
                .contains("- [ ] 2. Approved by at least one SRE: pending")
                .contains("- [x] 3. `terraform plan` diff attached to PR: satisfied")
                .contains("- [ ] 4. Post-merge verification in #infra-alerts: pending");
    }

    @Test
    void should_mask_sensitive_values_and_values_whose_name_sounds_secret() {
        for (String format : List.of("markdown", "json")) {
            PlanReportRun run = PlanReportRun.of(HAND_WRITTEN.toString(), "--format", format);
            assertThat(run.stdout()).as(format)
                    // marked sensitive by the provider
                    .doesNotContain("old-db-pass").doesNotContain("new-db-pass").doesNotContain("hunter2")
                    // not marked, but named secret_string, auth_token, private_key
                    .doesNotContain("plain-old-secret").doesNotContain("plain-new-secret")
                    .doesNotContain("tok-before").doesNotContain("tok-after").doesNotContain("PEM-");
        }
        String markdown = PlanReportRun.of(HAND_WRITTEN.toString()).stdout();
        assertThat(markdown).contains("master_password: (sensitive) → (sensitive)")
                .contains("secret_string: (sensitive) → (sensitive)")
                .contains("auth_token: (sensitive) → (sensitive)")
                .contains("tls.private_key: (sensitive) → (sensitive)")
                .contains("tags.Owner: \"web\" → \"platform\"");
    }

    @Test
    void should_show_unknown_values_replace_reasons_moves_and_imports() {
        String markdown = PlanReportRun.of(HAND_WRITTEN.toString()).stdout();

        assertThat(markdown)
                .contains("arn: \"arn:aws:rds:us-east-1:111111111111:cluster:core\" → (known after apply)")
                .contains("id: (known after apply)")
                .contains("`aws_rds_cluster.core`: replace (create before destroy) in `hand-written`. Why: an attribute"
                        + " cannot be updated in place (replace_because_cannot_update); forced by storage_encrypted")
                .contains("storage_encrypted: false → true (forces replacement)")
                .contains("`aws_db_instance.legacy`: destroy in `hand-written`. Why: no longer in the configuration")
                .contains("`aws_s3_bucket.logs`: move, moved from `aws_s3_bucket.log`")
                .contains("`aws_sqs_queue.orders`: import, imported with id"
                        + " `https://sqs.us-east-1.amazonaws.com/111111111111/orders`")
                .doesNotContain("aws_sqs_queue.unchanged");
    }

    @Test
    void should_report_drift_in_its_own_section_without_the_release_owned_weights() {
        String markdown = PlanReportRun.of(HAND_WRITTEN.toString()).stdout();
        String drift = markdown.substring(markdown.indexOf("#### Drift"));

        assertThat(drift).contains("`aws_security_group.web`: changed outside Terraform")
                .contains("ingress[0].cidr_blocks[0]: \"10.0.0.0/8\" → \"0.0.0.0/0\"")
                .contains("`aws_sqs_queue.jobs`: deleted outside Terraform")
                .doesNotContain("aws_lb_listener_rule.forward").doesNotContain("weight");
    }

    @Test
    void should_exit_2_with_a_clear_message_on_input_that_is_not_plan_json() throws IOException {
        Path truncated = Files.writeString(temp.resolve("truncated.json"), "{\"format_version\": \"1.2\", \"resource_");
        Path state = Files.writeString(temp.resolve("state.json"),
                "{\"version\": 4, \"lineage\": \"x\", \"serial\": 3, \"resources\": []}");
        Path config = Files.writeString(temp.resolve("cdk.tf.json"), "{\"resource\": {}}");

        assertThat(PlanReportRun.of(truncated.toString())).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("truncated.json: not valid JSON at line 1").contains("truncated?");
        });
        assertThat(PlanReportRun.of(state.toString())).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("this is a Terraform state file").contains("plan-report reads plan JSON");
        });
        assertThat(PlanReportRun.of(config.toString()).stderr()).contains("Terraform JSON configuration, not a plan");
        assertThat(PlanReportRun.of(temp.resolve("missing.json").toString())).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.stderr()).contains("missing.json: no such file");
        });
        assertThat(PlanReportRun.of(HAND_WRITTEN.toString(), "--format", "html").exitCode()).isEqualTo(2);
        assertThat(PlanReportRun.of(HAND_WRITTEN.toString(), "--stack-name", "a", "--stack-name", "b").stderr())
                .contains("2 --stack-name for 1 plan file(s)");
    }

    @Test
    void should_name_stacks_after_their_artifact_folders_or_the_flag() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("plans").resolve("plan-prod-use1-data"));
        Files.copy(HAND_WRITTEN, folder.resolve("plan.json"));

        assertThat(PlanReportRun.of(temp.resolve("plans").toString(), "--fingerprints").stdout())
                .startsWith("prod-use1-data sha256:");
        assertThat(PlanReportRun.of(HAND_WRITTEN.toString(), "--stack-name", "staging-use1-data", "--fingerprints")
                .stdout()).startsWith("staging-use1-data sha256:");
    }
}
