package com.haevn.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.layers.Layers;
import com.haevn.layers.network.NetworkExports;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.TestLayer;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.providers.aws.ssm_parameter.SsmParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Later layers read earlier layers' exports through the producer's remote state: from the same region, from the
 * environment's global stack in any region, and from another region of the same environment.
 */
class CrossStackReferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the made-up global layer publishes. */
    record Zone(String zoneId) {
        static final ExportKey<Zone> KEY = ExportKey.of("zone", Zone.class);
    }

    /** What the made-up regional layer publishes, and reads in other regions from its primary region's stack. */
    record Primary(String clusterArn, List<String> endpoints) {
        static final ExportKey<Primary> KEY = ExportKey.of("primary", Primary.class);
    }

    private static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    private static final Import<Zone> ZONE = Import.global(Zone.KEY);
    private static final Import<Primary> PRIMARY = Import.primaryRegion(Primary.KEY);

    private static final Layer ZONE_LAYER = new TestLayer("zone", Placement.GLOBAL, List.of(), (stack, exports) -> {
        SsmParameter zone = SsmParameter.Builder.create(stack, "zone").name("/zone").type("String").value("z").build();
        exports.publish(Zone.KEY, new Zone(zone.getArn()));
    });

    private static final Layer PRIMARY_LAYER = new TestLayer("primary", List.of(PRIMARY), (stack, exports) -> {
        if (stack.spec().region().equals(stack.environment().primaryRegion())) {
            SsmParameter p = SsmParameter.Builder.create(stack, "p").name("/p").type("String").value("p").build();
            exports.publish(Primary.KEY, new Primary(p.getArn(), List.of(p.getName(), p.getId())));
        } else {
            Primary primary = exports.read(PRIMARY);
            TerraformOutput.Builder.create(stack, "joined").value(primary.clusterArn()).build();
        }
    });

    /** Stands for a later layer (runtime, data...) that needs its region's VPC and the environment's zone. */
    private static final Layer CONSUMER = new TestLayer("consumer", List.of(NETWORK, ZONE), (stack, exports) -> {
        TerraformOutput.Builder.create(stack, "network_vpc").value(exports.read(NETWORK).vpcId()).build();
        TerraformOutput.Builder.create(stack, "subnets").value(exports.read(NETWORK).privateSubnetIds()).build();
        TerraformOutput.Builder.create(stack, "zone").value(exports.read(ZONE).zoneId()).build();
    });

    private static StackMatrix withTestLayers(Layer... extra) {
        List<Layer> layers = new ArrayList<>(Layers.ALL);
        layers.addAll(List.of(extra));
        return StackMatrix.of(EnvironmentFixtures.load(Path.of("environments")), layers);
    }

    private static JsonNode synth(StackMatrix matrix, Path temp, String stack) throws Exception {
        SynthResult result = new Synthesizer().synthesize(matrix, new OutputDirectory(temp.resolve("out")),
                Synthesizer.Progress.SILENT);
        return JSON.readTree(result.stackFile(stack).toFile());
    }

    @Test
    void should_select_the_stacks_a_selected_stack_imports_from() {
        StackMatrix selected = withTestLayers(ZONE_LAYER, CONSUMER).select(List.of(), List.of("prod-usw2-consumer"));

        assertThat(selected.names()).containsExactly("prod-usw2-network", "prod-global-zone", "prod-usw2-consumer");
    }

    @Test
    void should_read_the_same_regions_network_through_its_remote_state(@TempDir Path temp) throws Exception {
        JsonNode consumer = synth(withTestLayers(ZONE_LAYER, CONSUMER).select(List.of(), List.of("prod-usw2-consumer")),
                temp, "prod-usw2-consumer");

        JsonNode remoteState = consumer.path("data").path("terraform_remote_state").path("remote-state-prod-usw2-network");
        assertThat(remoteState.path("backend").asText()).isEqualTo("s3");
        assertThat(remoteState.path("config").path("key").asText()).isEqualTo("prod-usw2-network/terraform.tfstate");
        assertThat(consumer.path("output").path("network_vpc").path("value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-prod-usw2-network.outputs.vpc_id}");
        assertThat(consumer.path("output").path("subnets").path("value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-prod-usw2-network.outputs.private_subnet_ids}");
    }

    @Test
    void should_find_the_global_stacks_exports_from_a_region_that_is_not_the_primary(@TempDir Path temp)
            throws Exception {
        JsonNode consumer = synth(withTestLayers(ZONE_LAYER, CONSUMER).select(List.of(), List.of("prod-usw2-consumer")),
                temp, "prod-usw2-consumer");

        JsonNode remoteState = consumer.path("data").path("terraform_remote_state").path("remote-state-prod-global-zone");
        assertThat(remoteState.path("config").path("key").asText()).isEqualTo("prod-global-zone/terraform.tfstate");
        assertThat(consumer.path("output").path("zone").path("value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-prod-global-zone.outputs.zone_id}");
    }

    @Test
    void should_read_another_regions_stack_of_the_same_layer(@TempDir Path temp) throws Exception {
        StackMatrix matrix = withTestLayers(PRIMARY_LAYER).select(List.of(), List.of("prod-usw2-primary"));
        assertThat(matrix.names()).containsExactly("prod-use1-primary", "prod-usw2-primary");

        JsonNode secondary = synth(matrix, temp, "prod-usw2-primary");

        JsonNode remoteState = secondary.path("data").path("terraform_remote_state").path("remote-state-prod-use1-primary");
        assertThat(remoteState.path("config").path("key").asText()).isEqualTo("prod-use1-primary/terraform.tfstate");
        assertThat(secondary.path("output").path("joined").path("value").asText())
                .isEqualTo("${data.terraform_remote_state.remote-state-prod-use1-primary.outputs.cluster_arn}");
    }

    @Test
    void should_publish_each_component_as_an_output_named_in_snake_case(@TempDir Path temp) throws Exception {
        JsonNode primary = synth(withTestLayers(PRIMARY_LAYER).select(List.of("prod"), List.of("prod-use1-primary")),
                temp, "prod-use1-primary");

        assertThat(primary.path("output").path("cluster_arn").path("value").asText()).isEqualTo("${aws_ssm_parameter.p.arn}");
        assertThat(primary.path("output").path("endpoints").path("value")).hasSize(2);
    }

    @Test
    void should_make_the_consumer_deploy_after_its_producers(@TempDir Path temp) throws Exception {
        SynthResult result = new Synthesizer().synthesize(
                withTestLayers(ZONE_LAYER, CONSUMER).select(List.of(), List.of("prod-usw2-consumer")),
                new OutputDirectory(temp.resolve("out")), Synthesizer.Progress.SILENT);

        JsonNode manifest = JSON.readTree(result.outputDirectory().resolve("manifest.json").toFile());
        assertThat(manifest.path("stacks").path("prod-usw2-consumer").path("dependencies"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("prod-usw2-network", "prod-global-zone");
    }

    @Test
    void should_refuse_to_read_what_the_layer_did_not_declare(@TempDir Path temp) {
        Layer sneaky = new TestLayer("sneaky", List.of(), (stack, exports) -> exports.read(NETWORK));

        assertThatThrownBy(() -> synth(withTestLayers(sneaky).select(List.of("dev"), List.of()), temp, "dev-use1-sneaky"))
                .hasMessageContaining("layer sneaky reads network NetworkExports (same region) without declaring it"
                        + " in imports()");
    }

    @Test
    void should_refuse_to_publish_another_layers_exports(@TempDir Path temp) {
        Layer impostor = new TestLayer("impostor", List.of(), (stack, exports) ->
                exports.publish(NetworkExports.KEY, new NetworkExports("vpc", List.of(), List.of(), List.of())));

        assertThatThrownBy(() -> synth(withTestLayers(impostor).select(List.of("dev"), List.of()), temp, "dev-use1-impostor"))
                .hasMessageContaining("layer impostor cannot publish network NetworkExports: only layer network publishes it");
    }
}
