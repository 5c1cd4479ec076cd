package com.haevn.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ValidateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void should_exit_0_on_valid_stacks() {
        int code = run("test/resources/validate/rules/stacks/compliant-data-stack.tf.json");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("OK: 1 file(s), 0 error(s)");
    }

    @Test
    void should_exit_1_on_unsuppressed_errors() {
        int code = run("test/resources/validate/schema/types-unknown.tf.json");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("HVN-TF-101");
    }

    @Test
    void should_exit_2_on_unreadable_input(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("x.tf.json");
        Files.writeString(broken, "{\"resource\": ");

        int code = run(broken.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("HVN-TF-001");
    }

    @Test
    void should_exit_2_with_one_clear_line_on_usage_errors() {
        assertThat(run("--format", "xml", "test/resources/validate/stacks")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --format \"xml\"");

        assertThat(run("does/not/exist")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file or directory: does/not/exist");

        assertThat(run("--suppressions", "test/resources/validate/suppress/short-reason.json",
                "test/resources/validate/stacks")).isEqualTo(2);
        assertThat(err.toString()).contains("at least 20").doesNotContain("Exception");
    }

    @Test
    void should_judge_root_only_rules_where_named_a_root(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf.json"), "{\"terraform\": {\"required_providers\": {}},"
                + " \"resource\": {\"aws_sqs_queue\": {\"q\": {\"sqs_managed_sse_enabled\": true}}}}");

        run(dir.toString());
        assertThat(out.toString()).doesNotContain("HVN-STATE-003");

        run("--root", dir.toString(), dir.toString());
        assertThat(out.toString()).contains("HVN-STATE-003");
    }

    @Test
    void should_apply_a_recovery_targets_file_and_refuse_a_bad_one(@TempDir Path dir) throws Exception {
        // GIVEN a root with an Aurora global database: typical RPO 1 s, so best effort against the seed's 15 s
        Path stack = Files.writeString(dir.resolve("main.tf.json"), "{\"provider\": {\"aws\": {}}, \"resource\":"
                + " {\"aws_rds_global_cluster\": {\"g\": {}}, \"aws_rds_cluster\": {\"core\": {}}}}");
        Path relaxed = Files.writeString(dir.resolve("relaxed.yaml"),
                "recovery_targets:\n  core_db: {rpo_seconds: 120, rto_minutes: 240}\n");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"recovery_targets\": {\"core_db\": 5}}");

        run("--format", "json", stack.toString());
        assertThat(out.toString()).contains("Core DB (RPO 15 s, RTO 60 min)");

        run("--format", "json", "--recovery-targets", relaxed.toString(), stack.toString());
        assertThat(out.toString()).contains("Core DB (RPO 2 min, RTO 4 h)");

        int code = run("--recovery-targets", broken.toString(), stack.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--recovery-targets " + broken + ": recovery_targets.core_db: expected"
                + " { rpo_seconds: N, rto_minutes: N }, got 5");
    }

    @Test
    void should_honour_a_suppressions_file() {
        int without = run("test/resources/validate/suppress/suppressed.tf.json");
        int with = run("--suppressions", "test/resources/validate/suppress/suppressions.yaml",
                "test/resources/validate/suppress/suppressed.tf.json");

        assertThat(without).isEqualTo(1);
        assertThat(with).isEqualTo(1); // the short in-source reason (HVN-TF-301) still fails the run
        assertThat(out.toString()).contains("suppressed (file): Queue JSON comes from the payments team");
    }

    @Test
    void should_write_the_chosen_format_to_the_output_file(@TempDir Path dir) throws Exception {
        Path sarif = dir.resolve("reports/validate.sarif");

        int code = run("--format", "sarif", "--output", sarif.toString(),
                "test/resources/validate/schema/types-unknown.tf.json");

        assertThat(code).isEqualTo(1);
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("sarif report written to");
    }
    @Test
    void should_exit_2_when_a_folder_holds_nothing_to_validate(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("plan.json"), "{\"format_version\": \"1.2\", \"resource_changes\": [");

        int code = run(dir.toString());

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("HVN-TF-001").contains("nothing to validate under " + dir)
                .contains("plan.json (invalid JSON").doesNotContain("Source:");
    }

    @Test
    void should_pass_an_empty_folder_only_when_empty_input_is_allowed(@TempDir Path dir) {
        assertThat(run(dir.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("no *.tf.json file and no plan JSON");

        assertThat(run(dir.toString(), "--allow-empty")).isZero();
    }

    @Test
    void should_say_once_what_a_named_json_that_is_no_configuration_looks_like(@TempDir Path dir)
            throws IOException {
        Path state = dir.resolve("terraform.tfstate.json");
        Files.writeString(state, "{\"version\": 4, \"terraform_version\": \"1.11.4\", \"serial\": 3, "
                + "\"lineage\": \"x\", \"outputs\": {}, \"resources\": []}");
        Path planLike = dir.resolve("plan.json");
        Files.writeString(planLike, "{\"planned_values\": {}, \"resource_changes\": []}");

        int code = run(state.toString(), planLike.toString(), "--format", "json");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).contains("a Terraform state file").contains("plan JSON without \\\"format_version\\\"")
                .doesNotContain("HVN-TF-002");
    }
    @Test
    void should_judge_by_the_providers_schema_found_beside_the_configuration() {
        int code = run("test/resources/validate/schema/in-use/main.tf.json", "--format", "json",
                "--root", "test/resources/validate/schema/in-use");

        // no schema finding: 5.100.0 knows both; the guardrails (the tag rule judges roots only, hence --root) see
        // the new type's tags argument in that schema
        assertThat(out.toString()).doesNotContain("HVN-TF-10").contains("\"rule\" : \"HVN-TAG-001\"")
                .contains("\"address\" : \"aws_s3_directory_bucket.d\"");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void should_exit_2_on_a_provider_schema_that_cannot_be_read() {
        int code = run("test/resources/validate/schema/in-use/main.tf.json", "--provider-schema",
                "test/resources/validate/schema/in-use/main.tf.json");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no \"provider_schemas\"").contains("terraform providers schema -json");
    }
}
