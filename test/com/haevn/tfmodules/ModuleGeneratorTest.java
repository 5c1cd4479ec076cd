package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11: the generated modules' shape, their inputs against the constructs' settings, and determinism. */
class ModuleGeneratorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, GeneratedModule> MODULES = new LinkedHashMap<>();

    @BeforeAll
    static void generate() {
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            MODULES.put(recipe.name(), ModuleGenerator.generate(recipe));
        }
    }

    @Test
    void should_offer_the_network_a_queue_with_its_dead_letter_queue_and_a_hardened_bucket() {
        assertThat(MODULES).containsOnlyKeys("network", "queue", "bucket");
        assertThat(MODULES.get("network").resources()).isEqualTo(35);
        assertThat(MODULES.get("queue").resources()).isEqualTo(10);
        assertThat(MODULES.get("bucket").resources()).isEqualTo(18);
    }

    @Test
    void should_take_every_setting_of_the_construct_as_an_input_or_say_why_not() {
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            Set<String> settings = new HashSet<>();
            for (Class<? extends Record> props : recipe.propsRecords()) {
                Arrays.stream(props.getRecordComponents()).forEach(c -> settings.add(props.getSimpleName() + "." + c.getName()));
            }
            Set<String> covered = new HashSet<>(recipe.propInputs().keySet());
            recipe.leftOut().forEach(leftOut -> covered.add(leftOut.prop()));
            assertThat(covered).as(recipe.name() + ": settings taken or left out").isEqualTo(settings);
            Set<String> both = new HashSet<>(recipe.propInputs().keySet());
            both.retainAll(recipe.leftOut().stream().map(LeftOut::prop).toList());
            assertThat(both).as(recipe.name() + ": settings both taken and left out").isEmpty();
        }
    }

    @Test
    void should_declare_every_input_a_setting_maps_to_as_a_described_variable() throws IOException {
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            JsonNode variables = MAPPER.readTree(MODULES.get(recipe.name()).mainTf()).path("variable");
            List<String> mapped = new ArrayList<>();
            recipe.propInputs().values().forEach(inputs -> mapped.addAll(List.of(inputs.split(", "))));
            for (String input : mapped) {
                assertThat(variables.has(input)).as(recipe.name() + " declares " + input).isTrue();
                assertThat(variables.path(input).path("description").asText()).as(input).isNotBlank();
                assertThat(variables.path(input).path("type").asText()).as(input).isNotBlank();
            }
            assertThat(variables.size()).as(recipe.name() + ": no variable without a setting")
                    .isEqualTo(new HashSet<>(mapped).size());
        }
    }

    @Test
    void should_validate_where_the_construct_validates() throws IOException {
        JsonNode network = MAPPER.readTree(MODULES.get("network").mainTf()).path("variable");
        assertThat(network.path("vpc_cidr").path("validation").get(0).path("condition").asText())
                .contains("cidrsubnet(var.vpc_cidr, 0, 0) == var.vpc_cidr");
        assertThat(network.path("availability_zones").path("validation").get(0).path("condition").asText())
                .isEqualTo("${length(var.availability_zones) == 3}");
        assertThat(network.path("flow_log_retention_days").path("default").asInt()).isEqualTo(365);
        JsonNode queue = MAPPER.readTree(MODULES.get("queue").mainTf()).path("variable");
        assertThat(queue.path("max_receive_count").path("validation").get(0).path("condition").asText())
                .isEqualTo("${var.max_receive_count >= 1 && var.max_receive_count <= 1000}");
        assertThat(queue.path("queue_retention_seconds").path("default").asInt()).isEqualTo(345_600);
        JsonNode bucket = MAPPER.readTree(MODULES.get("bucket").mainTf()).path("variable");
        assertThat(bucket.path("object_lock_retention_days").path("validation").get(1).path("condition").asText())
                .isEqualTo("${var.object_lock_retention_days <= var.noncurrent_version_expiration_days}");
    }

    @Test
    void should_pin_the_aws_provider_and_configure_no_provider_or_backend() throws IOException {
        for (GeneratedModule module : MODULES.values()) {
            JsonNode json = MAPPER.readTree(module.mainTf());
            assertThat(json.fieldNames()).toIterable().containsExactly("output", "resource", "terraform", "variable");
            assertThat(json.path("terraform").fieldNames()).toIterable()
                    .containsExactly("required_providers", "required_version");
            assertThat(json.path("terraform").path("required_providers").path("aws").path("version").asText())
                    .isEqualTo("5.100.0");
            assertThat(module.mainTf()).doesNotContain("\"metadata\"").doesNotContain("sentinel");
        }
    }

    @Test
    void should_express_what_the_construct_decides_at_synth_time() throws IOException {
        JsonNode network = MAPPER.readTree(MODULES.get("network").mainTf()).path("resource");
        assertThat(network.path("aws_nat_gateway").path("nat-az0").has("count")).isFalse();
        assertThat(network.path("aws_nat_gateway").path("nat-az2").path("count").asText())
                .isEqualTo("${var.nat_gateways == \"PER_AZ\" ? 1 : 0}");
        assertThat(network.path("aws_route").path("private-az1-default-route").path("nat_gateway_id").asText())
                .isEqualTo("${var.nat_gateways == \"PER_AZ\" ? aws_nat_gateway.nat-az1[0].id : aws_nat_gateway.nat-az0.id}");
        JsonNode queue = MAPPER.readTree(MODULES.get("queue").mainTf()).path("resource").path("aws_sqs_queue");
        assertThat(queue.path("queue-work_dead-letter-queue").path("name").asText())
                .isEqualTo("${var.name_prefix}-${trimsuffix(var.queue_name, \".fifo\")}-dlq${var.fifo ? \".fifo\" : \"\"}");
        assertThat(queue.path("queue-work_queue").path("redrive_policy").asText())
                .contains("\"maxReceiveCount\":${var.max_receive_count}");
        JsonNode bucket = MAPPER.readTree(MODULES.get("bucket").mainTf()).path("resource");
        assertThat(bucket.path("aws_s3_bucket_object_lock_configuration").path("home_bucket_object-lock")
                .path("count").asText()).isEqualTo("${var.protection == \"OBJECT_LOCK\" ? 1 : 0}");
    }

    @Test
    void should_write_a_readme_with_inputs_outputs_and_a_usage_example() {
        String readme = MODULES.get("queue").readme();
        assertThat(readme).contains("## Inputs", "## Outputs", "## Left out", "```hcl\nmodule \"queue\" {",
                "| `max_receive_count` | `number` | required | Receives after which a message moves to the dead-letter"
                        + " queue (1 to 1,000). |",
                "| `queue_url` | The work queue's URL. |",
                "- `AsyncMessagingProps.topics`: ",
                "  source = \"./modules/queue\"");
        assertThat(MODULES.get("bucket").readme()).contains("| `aws_s3_bucket_object_lock_configuration` | 1 conditional |");
    }

    @Test
    void should_generate_the_same_bytes_every_time() {
        GeneratedModule again = ModuleGenerator.generate(new QueueModule());
        assertThat(again.mainTf()).isEqualTo(MODULES.get("queue").mainTf());
        assertThat(again.readme()).isEqualTo(MODULES.get("queue").readme());
    }

    @Test
    void should_refuse_a_placeholder_the_construct_does_not_use() {
        List<Substitution> substitutions = new ArrayList<>(new NetworkModule().substitutions());
        substitutions.add(Substitution.variable("never-synthesized", "name"));
        assertThatThrownBy(() -> ModuleGenerator.generate(networkWith(substitutions)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("placeholder never-synthesized appears nowhere");
    }

    @Test
    void should_refuse_a_placeholder_without_a_substitution() {
        List<Substitution> substitutions = new NetworkModule().substitutions().stream()
                .filter(s -> !s.text().equals("nwsentinelname")).toList();
        assertThatThrownBy(() -> ModuleGenerator.generate(networkWith(substitutions)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the placeholder nwsentinelname of input name has no substitution");
    }

    /** The network recipe with other substitutions. */
    private static ModuleRecipe networkWith(List<Substitution> substitutions) {
        NetworkModule network = new NetworkModule();
        return (ModuleRecipe) Proxy.newProxyInstance(ModuleRecipe.class.getClassLoader(),
                new Class<?>[]{ModuleRecipe.class}, (proxy, method, args) -> method.getName().equals("substitutions")
                        ? substitutions : method.invoke(network, args));
    }
}
