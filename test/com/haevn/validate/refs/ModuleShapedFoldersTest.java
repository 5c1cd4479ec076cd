package com.haevn.validate.refs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.validate.Checks;
import com.haevn.validate.ModuleFolders;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folders shaped like terraform-aws-modules' alb and eks (written here): expressions with comments, heredocs,
 * directives, for-expressions and dynamic blocks, spread over main, variables, outputs and versions files. They give
 * no language finding, and a dangling reference placed inside one of their comment-bearing expressions is caught.
 */
class ModuleShapedFoldersTest {

    @TempDir
    Path work;

    private ValidationResult validate(String name, String json) throws Exception {
        Path file = work.resolve(name + ".tf.json");
        Files.writeString(file, json);
        return new Validator(Checks.all(), Suppressions.none()).validate(List.of(file));
    }

    @Test
    void should_give_no_language_finding_on_module_shaped_folders() throws Exception {
        List<Path> folders = ModuleFolders.all();
        assertThat(folders).extracting(f -> f.getFileName().toString()).contains("alb", "eks");
        for (Path folder : folders) {
            assertThat(ModuleFolders.files(folder)).as(folder + " has several files").hasSizeGreaterThan(2);
            ValidationResult result = validate(folder.getFileName().toString(),
                    ModuleFolders.merged(folder).toString());

            assertThat(result.findings()).as(folder.toString())
                    .noneMatch(f -> f.ruleId().startsWith("HVN-TF-"));
        }
    }

    @Test
    void should_still_catch_a_dangling_reference_inside_a_comment_bearing_expression() throws Exception {
        ObjectNode eks = ModuleFolders.merged(ModuleFolders.ROOT.resolve("eks"));
        ObjectNode locals = (ObjectNode) eks.get("locals");
        locals.put("enabled_log_types", locals.get("enabled_log_types").asText()
                .replace("var.cluster_enabled_log_types", "var.cluster_enabled_log_typos"));
        locals.put("user_data", locals.get("user_data").asText().replace("${var.bootstrap_extra_args}",
                "${local.bootstrap_args}"));

        ValidationResult result = validate("eks", eks.toString());

        assertThat(result.findings()).filteredOn(f -> f.ruleId().startsWith("HVN-TF-"))
                .extracting(f -> f.ruleId() + " " + f.message())
                .satisfiesExactlyInAnyOrder(
                        m -> assertThat(m).startsWith("HVN-TF-203 reference to undeclared variable "
                                + "\"var.cluster_enabled_log_typos\". Did you mean \"cluster_enabled_log_types\"?"),
                        m -> assertThat(m).startsWith("HVN-TF-204 reference to undeclared local value "
                                + "\"local.bootstrap_args\""));
    }
}
