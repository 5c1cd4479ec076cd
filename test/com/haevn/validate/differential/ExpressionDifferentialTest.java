package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformDiagnostic;
import com.haevn.terraform.TerraformRunner;
import com.haevn.validate.Checks;
import com.haevn.validate.ModuleFolders;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.schema.UserSchema;
import com.haevn.validate.suppress.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of the expression scanner against terraform: each of a few hundred expressions
 * ({@link ExpressionCases}) is the value of a local in a minimal module that declares what the valid references
 * name; terraform ({@code terraform validate -json}) and this validator's language checks each say whether the
 * module has an error, and they must agree on every expression. Modules run in batches through {@link ModuleBatch}.
 *
 * <p>Needs terraform on the PATH and {@code HAEVN_TF_PROVIDER_MIRROR}; skips with a message without them, and fails
 * instead when the system property {@code haevn.requireTerraform} is true ({@code .ci/run}).
 */
class ExpressionDifferentialTest {

    private static final int BATCH = 250;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> VARIABLES = Map.of("name", "string", "flag", "bool",
            "names", "list(string)", "tags", "map(string)");

    @TempDir
    Path work;

    @Test
    void should_agree_with_terraform_validate_on_every_expression() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        List<ExpressionCases.Case> cases = ExpressionCases.all();
        assertThat(cases).hasSizeGreaterThan(300);

        Map<String, int[]> figures = new TreeMap<>(); // kind -> {total, agreed, bothError, bothValid}
        List<String> disagreements = new ArrayList<>();
        Validator language = null;
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<ExpressionCases.Case> batch = cases.subList(from, Math.min(cases.size(), from + BATCH));
            ModuleBatch modules = batch(work.resolve("batch-" + from / BATCH), batch);
            List<List<TerraformDiagnostic>> theirs = modules.validate(terraform);
            if (language == null) {
                // judged with the schema terraform uses: the cases admit newer providers than the bundled 5.23.1,
                // where an attribute unknown to 5.23.1 is only uncertain (a warning)
                Path schema = work.resolve("oracle-schema.json");
                terraform.providersSchema(modules.root(), schema);
                language = new Validator(Checks.language(ProviderSchemas.bundled().with(UserSchema.load(schema,
                        work.resolve("schema-cache")))), Suppressions.none());
            }
            for (int i = 0; i < batch.size(); i++) {
                ExpressionCases.Case expression = batch.get(i);
                ValidationResult ours = language.validate(List.of(modules.file(i)));
                boolean theyFail = !theirs.get(i).isEmpty();
                boolean weFail = ours.blockingCount() > 0;
                int[] f = figures.computeIfAbsent(expression.kind(), k -> new int[4]);
                f[0]++;
                if (theyFail == weFail) {
                    f[1]++;
                    f[theyFail ? 2 : 3]++;
                } else {
                    disagreements.add(expression.kind() + " | " + MAPPER.writeValueAsString(expression.json())
                            + " | terraform: " + (theyFail ? theirs.get(i).get(0).summary() + ": "
                            + theirs.get(i).get(0).detail() : "valid")
                            + " | haevn: " + (weFail ? first(ours).ruleId() + " " + first(ours).message() : "valid"));
                }
            }
        }

        int total = figures.values().stream().mapToInt(f -> f[0]).sum();
        int agreed = figures.values().stream().mapToInt(f -> f[1]).sum();
        int bothError = figures.values().stream().mapToInt(f -> f[2]).sum();
        System.out.printf("[differential] %d expressions, %d agree with terraform validate (%.1f%%): %d both error,"
                + " %d both valid; %d disagree%n", total, agreed, 100.0 * agreed / total, bothError,
                agreed - bothError, disagreements.size());
        figures.forEach((kind, f) -> System.out.printf("[differential]   %-40s %4d expressions, %4d agree "
                + "(%d both error, %d both valid)%n", kind, f[0], f[1], f[2], f[3]));
        disagreements.forEach(d -> System.out.println("[differential] DISAGREE " + d));
        assertThat(disagreements).as("expressions where this validator and terraform disagree").isEmpty();
        // both verdicts must occur often, or the comparison would prove little
        assertThat(bothError).as("expressions both refuse").isGreaterThan(100);
        assertThat(agreed - bothError).as("expressions both accept").isGreaterThan(100);
    }

    @Test
    void should_find_the_module_shaped_folders_valid_as_terraform_does() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        ModuleBatch modules = new ModuleBatch(work.resolve("folders"));
        List<Path> folders = ModuleFolders.all();
        for (Path folder : folders) {
            modules.add(ModuleFolders.merged(folder));
        }

        List<List<TerraformDiagnostic>> theirs = modules.validate(terraform);

        for (int i = 0; i < folders.size(); i++) {
            assertThat(theirs.get(i)).as("terraform on " + folders.get(i)).isEmpty();
        }
        System.out.printf("[differential] %d module-shaped folders: terraform validate finds no error%n",
                folders.size());
    }

    /** A batch: each case in a module declaring {@link ExpressionCases#DECLARED}, sharing one helper module. */
    private static ModuleBatch batch(Path root, List<ExpressionCases.Case> cases) throws Exception {
        ModuleBatch modules = new ModuleBatch(root);
        Path inner = Files.createDirectories(root.resolve("inner"));
        Files.writeString(inner.resolve("main.tf.json"), "{\"output\": {\"id\": {\"value\": \"inner\"}}}");
        ObjectNode rootVariables = modules.rootConfig().putObject("variable");
        VARIABLES.forEach((name, type) -> rootVariables.putObject(name).put("type", type));
        for (ExpressionCases.Case expression : cases) {
            ObjectNode call = modules.add(wrapper(expression.json()));
            VARIABLES.keySet().forEach(name -> call.put(name, "${var." + name + "}"));
        }
        return modules;
    }

    /** The minimal module around one expression: the local {@code e}, read by an output. */
    private static ObjectNode wrapper(String expression) {
        ObjectNode module = MAPPER.createObjectNode();
        module.putObject("terraform").putObject("required_providers").putObject("aws").put("source", "hashicorp/aws");
        ObjectNode variables = module.putObject("variable");
        VARIABLES.forEach((name, type) -> variables.putObject(name).put("type", type));
        module.putObject("locals").put("prefix", "hvn").put("e", expression);
        module.putObject("resource").putObject("aws_s3_bucket").putObject("b").put("bucket_prefix", "hvn-");
        module.putObject("data").putObject("aws_region").putObject("current");
        module.putObject("module").putObject("inner").put("source", "../inner");
        module.putObject("output").putObject("e").put("value", "${local.e}");
        return module;
    }

    private static Finding first(ValidationResult result) {
        return result.findings().stream().filter(f -> !f.suppressed()).findFirst().orElseThrow();
    }
}
