package com.haevn.validate.load;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, item 1: the Terraform JSON files of one folder are one module, as terraform reads them; the folders
 * of cdktf.out stay one stack each.
 */
class ModuleAssemblyTest {

    /** A root module split like terraform-aws-modules/vpc: main, variables, outputs, versions, vpc-flow-logs. */
    private static final Path VPC_ROOT = Path.of("test/resources/validate/modules/vpc-root");

    @TempDir
    Path dir;

    private static List<Finding> language(ValidationResult result) {
        return result.findings().stream().filter(f -> f.ruleId().startsWith("HVN-TF-")).toList();
    }

    @Test
    void should_read_a_module_split_over_five_files_without_reference_or_schema_errors() {
        ValidationResult result = new Validator().validate(List.of(VPC_ROOT));

        assertThat(result.files()).hasSize(5);
        assertThat(language(result)).isEmpty();
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("HVN-VPC-001");
    }

    @Test
    void should_still_find_a_broken_reference_and_locate_it_in_its_own_file() throws IOException {
        Path module = copy(VPC_ROOT);
        Files.writeString(module.resolve("outputs.tf.json"), """
                {"output": {"vpc_id": {"value": "${aws_vpc.thiss[0].id}"},
                            "cidr": {"value": "${var.cidrr}"}}}
                """);

        List<Finding> found = language(new Validator().validate(List.of(module)));

        assertThat(found).extracting(Finding::ruleId).containsExactlyInAnyOrder("HVN-TF-201", "HVN-TF-203");
        assertThat(found).allSatisfy(f -> {
            assertThat(f.location().file()).endsWith("outputs.tf.json");
            assertThat(f.location().line()).isPositive();
        });
        assertThat(found).anySatisfy(f -> assertThat(f.message()).contains("Did you mean \"aws_vpc.this\"?"));
    }

    @Test
    void should_refuse_an_address_declared_in_two_files_of_one_folder() throws IOException {
        Files.writeString(dir.resolve("a.tf.json"), """
                {"variable": {"region": {"type": "string"}},
                 "resource": {"aws_sqs_queue": {"jobs": {"name": "jobs"}}}, "locals": {"env": "dev"}}
                """);
        Files.writeString(dir.resolve("b.tf.json"), """
                {"variable": {"region": {"type": "string"}},
                 "resource": {"aws_sqs_queue": {"jobs": {"name": "jobs-2"}, "other": {"name": "other"}}},
                 "locals": {"env": "prod"}}
                """);

        List<Finding> found = new Validator().validate(List.of(dir)).findings().stream()
                .filter(f -> f.ruleId().equals(LanguageRules.DUPLICATE_DECLARATION.id())).toList();

        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "variable \"region\" is declared in " + dir.resolve("a.tf.json") + " and again in "
                        + dir.resolve("b.tf.json")
                        + "; the files of one folder are one module, where each address is declared once",
                "resource aws_sqs_queue.jobs is declared in " + dir.resolve("a.tf.json") + " and again in "
                        + dir.resolve("b.tf.json")
                        + "; the files of one folder are one module, where each address is declared once",
                "local value \"env\" is declared in " + dir.resolve("a.tf.json") + " and again in "
                        + dir.resolve("b.tf.json")
                        + "; the files of one folder are one module, where each address is declared once");
        assertThat(found).allSatisfy(f -> assertThat(f.location().file()).endsWith("b.tf.json"));
    }

    @Test
    void should_keep_each_stack_folder_of_cdktf_out_a_module_of_its_own() throws IOException {
        String stack = """
                {"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs", "sqs_managed_sse_enabled": true}}}}
                """;
        Files.createDirectories(dir.resolve("stacks/a"));
        Files.createDirectories(dir.resolve("stacks/b"));
        Files.writeString(dir.resolve("stacks/a/cdk.tf.json"), stack);
        Files.writeString(dir.resolve("stacks/b/cdk.tf.json"), stack);

        LoadResult loaded = new DocumentLoader().load(List.of(dir));

        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.documents()).hasSize(2);
    }

    @Test
    void should_apply_override_files_over_the_module_instead_of_calling_them_duplicates() throws IOException {
        Files.writeString(dir.resolve("main.tf.json"), """
                {"resource": {"aws_sqs_queue": {"jobs": {"name": "jobs"}}}}
                """);
        Files.writeString(dir.resolve("offline_override.tf.json"), """
                {"resource": {"aws_sqs_queue": {"jobs": {"sqs_managed_sse_enabled": true}}}}
                """);

        LoadResult loaded = new DocumentLoader().load(List.of(dir));

        assertThat(loaded.findings()).isEmpty();
        assertThat(loaded.documents()).singleElement().satisfies(module -> assertThat(
                module.root().at("/resource/aws_sqs_queue/jobs").toString())
                .isEqualTo("{\"name\":\"jobs\",\"sqs_managed_sse_enabled\":true}"));
    }

    private Path copy(Path module) throws IOException {
        Path target = Files.createDirectories(dir.resolve(module.getFileName()));
        try (var files = Files.list(module)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
