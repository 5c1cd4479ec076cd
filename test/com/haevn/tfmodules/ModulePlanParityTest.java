package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformDiagnostic;
import com.haevn.terraform.TerraformFailure;
import com.haevn.terraform.TerraformRunner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 11: each generated module, planned offline by terraform with the inputs a construct is synthesized with,
 * plans the resources the construct synthesizes: the same types, as many of each, and every literal argument of
 * every resource (names, CIDRs, retention, tags) with the same value. Each input set takes the other branch of what
 * the construct decides at synth time (NAT per zone or shared, FIFO or not, Object Lock or MFA delete).
 */
class ModulePlanParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NOT_ARGUMENTS = List.of("//", "lifecycle", "depends_on", "count", "provider");

    private record Call(ModuleRecipe recipe, Map<String, Object> inputs) {
    }

    private static Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        NetworkModule network = new NetworkModule();
        calls.put("network_shared_nat", new Call(network, network.example()));
        Map<String, Object> perZone = new LinkedHashMap<>(network.example());
        perZone.put("nat_gateways", "PER_AZ");
        perZone.put("flow_log_retention_days", 90);
        perZone.put("public_subnet_cidrs", List.of("10.60.240.0/24", "10.60.241.0/24", "10.60.242.0/24"));
        calls.put("network_nat_per_zone", new Call(network, perZone));
        QueueModule queue = new QueueModule();
        calls.put("queue_standard", new Call(queue, queue.example()));
        Map<String, Object> fifo = new LinkedHashMap<>(queue.example());
        fifo.put("queue_name", "ledger.fifo");
        fifo.put("fifo", true);
        fifo.put("dead_letter_alarm_threshold", 3);
        fifo.put("queue_retention_seconds", 86_400);
        fifo.put("archive_retention_days", 7);
        calls.put("queue_fifo", new Call(queue, fifo));
        BucketModule bucket = new BucketModule();
        calls.put("bucket_object_lock", new Call(bucket, bucket.example()));
        Map<String, Object> mfa = new LinkedHashMap<>(bucket.example());
        mfa.put("bucket_suffix", "archive");
        mfa.put("protection", "MFA_DELETE");
        mfa.put("access_log_retention_days", 30);
        calls.put("bucket_mfa_delete", new Call(bucket, mfa));
        return calls;
    }

    @Test
    void should_validate_each_module_and_plan_the_resources_its_construct_synthesizes() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        Path root = clean(Path.of("app", "target", "module-parity"));
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            GeneratedModule module = ModuleGenerator.generate(recipe);
            Path folder = Files.createDirectories(root.resolve("modules").resolve(module.name()));
            Files.writeString(folder.resolve("main.tf.json"), module.mainTf());
            terraform.init(folder);
            assertThat(errors(terraform.validate(folder))).as("terraform validate of module " + module.name()).isEmpty();
        }
        Map<String, Call> calls = calls();
        Files.writeString(root.resolve("main.tf.json"), MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(rootModule(calls)));
        terraform.init(root);
        assertThat(errors(terraform.validate(root))).as("terraform validate of the calling root").isEmpty();
        JsonNode plan = MAPPER.readTree(terraform.planJson(root, false));

        for (Map.Entry<String, Call> call : calls.entrySet()) {
            List<JsonNode> planned = new ArrayList<>();
            for (JsonNode change : plan.path("resource_changes")) {
                if (change.path("address").asText().startsWith("module." + call.getKey() + ".")
                        && change.path("mode").asText().equals("managed")) {
                    assertThat(change.path("change").path("actions").toString()).isEqualTo("[\"create\"]");
                    planned.add(change);
                }
            }
            ObjectNode synthesized = ConstructSynthesizer.synthesize(call.getValue().recipe(), call.getValue().inputs());
            List<String> expectedTypes = new ArrayList<>();
            synthesized.path("resource").fields().forEachRemaining(type -> type.getValue()
                    .forEach(resource -> expectedTypes.add(type.getKey())));
            assertThat(planned.stream().map(c -> c.path("type").asText()).toList()).as(call.getKey() + ": resource types")
                    .containsExactlyInAnyOrderElementsOf(expectedTypes);
            synthesized.path("resource").fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(
                    resource -> {
                        Map<String, String> arguments = literalArguments(resource.getValue());
                        JsonNode match = planned.stream()
                                .filter(c -> c.path("type").asText().equals(type.getKey()))
                                .filter(c -> hasArguments(c.path("change").path("after"), arguments))
                                .findFirst().orElse(null);
                        assertThat(match).as(call.getKey() + ": a planned " + type.getKey() + " with " + arguments
                                + " (the construct's " + resource.getKey() + ")").isNotNull();
                        planned.remove(match);
                    }));
        }
    }

    @Test
    void should_refuse_in_terraform_the_inputs_the_construct_refuses() throws Exception {
        // GIVEN inputs each construct refuses: a subnet outside the VPC, a FIFO name on a standard queue, and an
        // Object Lock retention longer than the version expiry (each check names another variable)
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        Map<String, Call> calls = new LinkedHashMap<>();
        NetworkModule network = new NetworkModule();
        Map<String, Object> outside = new LinkedHashMap<>(network.example());
        outside.put("public_subnet_cidrs", List.of("10.61.0.0/24", "10.60.241.0/24", "10.60.242.0/24"));
        calls.put("network", new Call(network, outside));
        QueueModule queue = new QueueModule();
        Map<String, Object> fifoName = new LinkedHashMap<>(queue.example());
        fifoName.put("queue_name", "ledger.fifo");
        calls.put("queue", new Call(queue, fifoName));
        BucketModule bucket = new BucketModule();
        Map<String, Object> longLock = new LinkedHashMap<>(bucket.example());
        longLock.put("object_lock_retention_days", 100);
        calls.put("bucket", new Call(bucket, longLock));
        for (Call call : calls.values()) {
            assertThatThrownBy(() -> ConstructSynthesizer.synthesize(call.recipe(), call.inputs()))
                    .as(call.recipe().name() + ": the construct refuses").isInstanceOf(IllegalArgumentException.class);
        }
        Path root = clean(Path.of("app", "target", "module-validation"));
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            Path folder = Files.createDirectories(root.resolve("modules").resolve(recipe.name()));
            Files.writeString(folder.resolve("main.tf.json"), ModuleGenerator.generate(recipe).mainTf());
        }
        Files.writeString(root.resolve("main.tf.json"), MAPPER.writeValueAsString(rootModule(calls)));
        terraform.init(root);

        // WHEN terraform plans the modules with them, THEN each module's validation refuses them too
        assertThatThrownBy(() -> terraform.planJson(root, false)).isInstanceOf(TerraformFailure.class)
                .satisfies(e -> assertThat(((TerraformFailure) e).diagnostics().replaceAll("\\s+", " ")).contains(
                        "public_subnet_cidrs must be null or one CIDR per zone, each inside vpc_cidr",
                        "queue_name must be lowercase letters, digits and hyphens starting with a letter, plus .fifo"
                                + " exactly when fifo is true.",
                        "object_lock_retention_days must not exceed noncurrent_version_expiration_days"));
    }

    private static ObjectNode rootModule(Map<String, Call> calls) {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("terraform").putObject("required_providers").putObject("aws")
                .put("source", "hashicorp/aws").put("version", "5.100.0");
        root.putObject("provider").putObject("aws")
                .put("region", "us-east-1")
                .put("access_key", "offline-plan-mock-access-key")
                .put("secret_key", "offline-plan-mock-secret-key")
                .put("skip_credentials_validation", true)
                .put("skip_requesting_account_id", true)
                .put("skip_metadata_api_check", true);
        ObjectNode modules = root.putObject("module");
        calls.forEach((name, call) -> {
            ObjectNode module = modules.putObject(name);
            module.put("source", "./modules/" + call.recipe().name());
            call.inputs().forEach((input, value) -> module.set(input, MAPPER.valueToTree(value)));
        });
        return root;
    }

    /** Top-level literal arguments and literal tags: {@code name -> orders}, {@code tags.Name -> prod-vpc}. */
    private static Map<String, String> literalArguments(JsonNode resource) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = resource.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (NOT_ARGUMENTS.contains(field.getKey())) {
                continue;
            }
            if (literal(field.getValue())) {
                arguments.put(field.getKey(), text(field.getValue()));
            } else if (field.getKey().equals("tags")) {
                field.getValue().fields().forEachRemaining(tag -> arguments.put("tags." + tag.getKey(), text(tag.getValue())));
            }
        }
        return arguments;
    }

    private static boolean hasArguments(JsonNode after, Map<String, String> arguments) {
        return arguments.entrySet().stream().allMatch(argument -> {
            String[] path = argument.getKey().split("\\.", 2);
            JsonNode value = path.length == 1 ? after.path(path[0]) : after.path(path[0]).path(path[1]);
            return !value.isMissingNode() && !value.isNull() && text(value).equals(argument.getValue());
        });
    }

    private static boolean literal(JsonNode value) {
        return value.isValueNode() && !value.isNull() && !value.asText().contains("${");
    }

    private static String text(JsonNode value) {
        return value.isNumber() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
    }

    private static List<TerraformDiagnostic> errors(List<TerraformDiagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity().equals("error")).toList();
    }

    private static Path clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(dir);
    }
}
