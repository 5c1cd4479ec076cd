package com.haevn.stacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.environment.EnvironmentLoader;
import com.haevn.stacks.layers.NetworkLayer;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.TestLayer;
import com.hashicorp.cdktf.TerraformOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A later layer reads the network's exports; cdktf wires them through the S3 remote state of the network stack. */
class CrossStackReferenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stands for a later layer (runtime, data...) that needs the VPC of its environment and region. */
    private static final Layer CONSUMER = new TestLayer("consumer", List.of("network"), (stack, exports) -> {
        NetworkLayer.Exports network = exports.lookup(NetworkLayer.Exports.class, stack.spec());
        TerraformOutput.Builder.create(stack, "network_vpc").value(network.vpcId()).build();
    });

    private static StackMatrix withConsumer() {
        List<Layer> layers = new ArrayList<>(Layers.ALL);
        layers.add(CONSUMER);
        return StackMatrix.of(EnvironmentLoader.load(Path.of("environments")), layers);
    }

    @Test
    void should_select_the_stacks_a_selected_stack_reads_exports_from() {
        StackMatrix selected = withConsumer().select(List.of(), List.of("prod-usw2-consumer"));

        assertThat(selected.names()).containsExactly("prod-usw2-network", "prod-usw2-consumer");
    }

    @Test
    void should_read_the_network_exports_through_the_network_stacks_remote_state(@TempDir Path temp) throws Exception {
        StackMatrix prod = withConsumer().select(List.of(), List.of("prod-usw2-consumer"));

        SynthResult result = new Synthesizer().synthesize(prod, new OutputDirectory(temp.resolve("out")),
                Synthesizer.Progress.SILENT);

        JsonNode consumer = JSON.readTree(result.stackFile("prod-usw2-consumer").toFile());
        JsonNode remoteState = consumer.path("data").path("terraform_remote_state").elements().next();
        assertThat(remoteState.path("backend").asText()).isEqualTo("s3");
        assertThat(remoteState.path("config").path("key").asText()).isEqualTo("prod-usw2-network/terraform.tfstate");
        assertThat(remoteState.path("config").path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321");
        assertThat(consumer.path("output").path("network_vpc").path("value").asText())
                .startsWith("${data.terraform_remote_state.");
        JsonNode network = JSON.readTree(result.stackFile("prod-usw2-network").toFile());
        assertThat(network.path("output").size()).isGreaterThan(3);
        assertThat(result.resourcesByStack()).containsOnlyKeys("prod-usw2-network", "prod-usw2-consumer");
    }
}
