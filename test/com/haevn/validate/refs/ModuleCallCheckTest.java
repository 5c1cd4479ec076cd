package com.haevn.validate.refs;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 2: a module called by local path is checked against its variables and outputs. */
class ModuleCallCheckTest {

    @TempDir
    Path dir;

    @BeforeEach
    void a_local_module_with_one_required_and_one_optional_variable() throws IOException {
        Path queue = Files.createDirectories(dir.resolve("modules/queue"));
        Files.writeString(queue.resolve("variables.tf.json"), """
                {"variable": {"name": {"type": "string"}, "retention_seconds": {"type": "number", "default": 345600}}}
                """);
        Files.writeString(queue.resolve("main.tf.json"), """
                {"resource": {"aws_sqs_queue": {"this": {"name": "${var.name}", "sqs_managed_sse_enabled": true,
                  "message_retention_seconds": "${var.retention_seconds}"}}},
                 "output": {"arn": {"value": "${aws_sqs_queue.this.arn}"}, "url": {"value": "${aws_sqs_queue.this.url}"}}}
                """);
    }

    private List<Finding> validateRoot(String json) throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.writeString(root.resolve("main.tf.json"), json);
        return new Validator().validate(List.of(root)).findings().stream()
                .filter(f -> f.ruleId().equals(LanguageRules.MODULE_CALL_ARGUMENTS.id())
                        || f.ruleId().equals(LanguageRules.UNDECLARED_MODULE.id())).toList();
    }

    @Test
    void should_accept_a_call_that_passes_the_module_its_variables_and_reads_its_outputs() throws IOException {
        assertThat(validateRoot("""
                {"module": {"jobs": {"source": "../modules/queue", "name": "jobs"}},
                 "output": {"jobs_arn": {"value": "${module.jobs.arn}"}}}
                """)).isEmpty();
    }

    @Test
    void should_refuse_unknown_inputs_missing_required_ones_and_unknown_outputs() throws IOException {
        List<Finding> found = validateRoot("""
                {"module": {"jobs": {"source": "../modules/queue", "retention_second": 60}},
                 "output": {"jobs_arn": {"value": "${module.jobs.ar}"}}}
                """);

        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "module.jobs: unsupported argument \"retention_second\": the module at \"../modules/queue\" has no"
                        + " variable of that name. Did you mean \"retention_seconds\"?",
                "module.jobs: missing required argument \"name\": the module at \"../modules/queue\" declares it"
                        + " without a default; add it",
                "output.jobs_arn: reference to undeclared output \"module.jobs.ar\": the module at"
                        + " \"../modules/queue\" has no output of that name. Did you mean \"arn\"?");
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void should_say_that_registry_and_git_sources_were_not_checked() throws IOException {
        List<Finding> found = validateRoot("""
                {"module": {"vpc": {"source": "terraform-aws-modules/vpc/aws", "version": "5.5.3", "anything": 1},
                            "git": {"source": "git::https://example.com/modules.git//queue?ref=v1"}},
                 "output": {"id": {"value": "${module.vpc.vpc_id}"}}}
                """);

        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
            assertThat(f.message()).contains("was not checked");
        });
    }

    @Test
    void should_refuse_a_local_source_that_is_no_directory() throws IOException {
        assertThat(validateRoot("""
                {"module": {"jobs": {"source": "../modules/queues", "name": "jobs"}}}
                """)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("\"../modules/queues\" does not exist");
                });
    }

    @Test
    void should_not_check_a_local_module_written_in_hcl() throws IOException {
        Path hcl = Files.createDirectories(dir.resolve("modules/hcl"));
        Files.writeString(hcl.resolve("main.tf"), "variable \"name\" {}\n");

        assertThat(validateRoot("""
                {"module": {"h": {"source": "../modules/hcl", "whatever": 1}}}
                """)).singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.NOTE);
                    assertThat(f.message()).contains("HCL");
                });
    }
}
