package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.cli.HaevnCommand;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformRunner;
import com.haevn.validate.Validator;
import com.haevn.validate.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: examples/terraform-root, a plain Terraform root module in JSON, calls two generated modules by relative
 * path (the committed dist/modules, which must match what {@code haevn modules} writes); it validates with haevn
 * and terraform and plans offline; mistakes in its module calls are reported with the closest name.
 */
class TerraformRootExampleTest {

    private static final Path EXAMPLE = Path.of("examples", "terraform-root");
    private static final Path MODULES = Path.of("dist", "modules");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_commit_the_modules_haevn_modules_writes() throws IOException {
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            GeneratedModule module = ModuleGenerator.generate(recipe);
            assertThat(Files.readString(MODULES.resolve(module.name()).resolve("main.tf.json")))
                    .as("dist/modules/" + module.name() + "/main.tf.json is stale: run ./haevn modules")
                    .isEqualTo(module.mainTf());
            assertThat(Files.readString(MODULES.resolve(module.name()).resolve("README.md")))
                    .as("dist/modules/" + module.name() + "/README.md is stale: run ./haevn modules")
                    .isEqualTo(module.readme());
        }
    }

    @Test
    void should_pass_haevn_validate_with_its_module_calls_checked() {
        StringWriter out = new StringWriter();
        int exit = HaevnCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("validate", EXAMPLE.toString(), MODULES.toString());
        assertThat(out.toString()).contains("OK: 4 file(s), 0 error(s), 0 warning(s)");
        assertThat(exit).isZero();
    }

    @Test
    void should_name_the_closest_input_or_output_when_a_module_call_is_wrong() throws IOException {
        // GIVEN the example with a misspelled input (which also leaves a required one out), an input left out, and
        // a reference to an output the module does not have
        Path root = copyWithModules();
        Path main = root.resolve("main.tf.json");
        Files.writeString(main, Files.readString(main)
                .replace("\"vpc_cidr\": \"10.60.0.0/16\"", "\"vpc_cdir\": \"10.60.0.0/16\"")
                .replace("\"queue_name\": \"settlements\",", "")
                .replace("module.settlements_queue.queue_url", "module.settlements_queue.queue_uri"));

        // WHEN haevn validates it
        List<String> messages = new Validator().validate(List.of(root)).findings().stream()
                .map(Finding::message).toList();

        // THEN each mistake is reported, with the name meant
        assertThat(messages).containsExactlyInAnyOrder(
                "module.network: unsupported argument \"vpc_cdir\": the module at \"../../dist/modules/network\" has"
                        + " no variable of that name. Did you mean \"vpc_cidr\"?",
                "module.network: missing required argument \"vpc_cidr\": the module at \"../../dist/modules/network\""
                        + " declares it without a default. Did you mean \"vpc_cidr\" where the call says \"vpc_cdir\"?",
                "module.settlements_queue: missing required argument \"queue_name\": the module at"
                        + " \"../../dist/modules/queue\" declares it without a default; add it",
                "output.settlements_queue_url: reference to undeclared output \"module.settlements_queue.queue_uri\":"
                        + " the module at \"../../dist/modules/queue\" has no output of that name. Did you mean"
                        + " \"queue_url\"?");
    }

    @Test
    void should_pass_terraform_validate_and_plan_offline() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        Path root = copyWithModules();
        // what the offline plan does for every stack (docs/plan.md): mock credentials, no account lookup
        Files.writeString(root.resolve("offline_override.tf.json"), """
                {"provider": {"aws": {"access_key": "offline-plan-mock-access-key",
                  "secret_key": "offline-plan-mock-secret-key", "skip_credentials_validation": true,
                  "skip_requesting_account_id": true, "skip_metadata_api_check": true}}}
                """);
        terraform.init(root);
        assertThat(terraform.validate(root)).filteredOn(d -> d.severity().equals("error")).isEmpty();
        JsonNode plan = MAPPER.readTree(terraform.planJson(root, false));
        long network = creates(plan, "module.network.");
        long queue = creates(plan, "module.settlements_queue.");
        // SINGLE: the second and third zones' EIPs and NAT gateways are not created (35 - 4)
        assertThat(network).isEqualTo(31);
        assertThat(queue).isEqualTo(10);
        assertThat(plan.path("resource_changes").size()).isEqualTo(41);
    }

    private static long creates(JsonNode plan, String prefix) {
        long count = 0;
        for (JsonNode change : plan.path("resource_changes")) {
            if (change.path("address").asText().startsWith(prefix)
                    && change.path("change").path("actions").toString().equals("[\"create\"]")) {
                count++;
            }
        }
        return count;
    }

    /** The example and the modules it calls, in the same relative places, under the temporary folder. */
    private Path copyWithModules() throws IOException {
        for (Path source : List.of(EXAMPLE, MODULES)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Path target = dir.resolve(file.toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        return dir.resolve(EXAMPLE.toString());
    }
}
