package com.haevn.layers.peering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The peering stacks of staging and prod: us-west-2's VPC peered with us-east-1's, owned whole by us-west-2. */
class PeeringLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    @Test
    void should_stand_only_in_the_regions_after_the_first_and_not_in_one_region_environments() {
        assertThat(SynthesizedPlatform.get().resourcesByStack().keySet().stream().filter(s -> s.endsWith("-peering")))
                .containsExactlyInAnyOrder("staging-usw2-peering", "prod-usw2-peering");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod"})
    void should_request_from_us_west_2_and_accept_through_the_us_east_1_provider(String environment) {
        String stack = environment + "-usw2-peering";
        JsonNode connection = all(stack, "aws_vpc_peering_connection").get(0);
        assertThat(connection.path("provider").asText("aws")).as("the stack's own provider").isEqualTo("aws");
        assertThat(connection.path("peer_region").asText()).isEqualTo("us-east-1");
        assertThat(connection.path("vpc_id").asText()).contains("remote-state-" + environment + "-usw2-network");
        assertThat(connection.path("peer_vpc_id").asText()).contains("remote-state-" + environment + "-use1-network")
                .contains("vpc_id");
        JsonNode accepter = all(stack, "aws_vpc_peering_connection_accepter").get(0);
        assertThat(accepter.path("provider").asText()).isEqualTo("aws.use1");
        assertThat(accepter.path("auto_accept").asBoolean()).isTrue();
        assertThat(all(stack, "aws_vpc_peering_connection_options"))
                .extracting(o -> o.path("provider").asText("aws") + ":"
                        + o.path("requester").path("allow_remote_vpc_dns_resolution").asBoolean()
                        + o.path("accepter").path("allow_remote_vpc_dns_resolution").asBoolean())
                .containsExactlyInAnyOrder("aws:truefalse", "aws.use1:falsetrue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "prod"})
    void should_route_each_private_table_to_the_other_range_and_open_only_the_node_ports(String environment) {
        String stack = environment + "-usw2-peering";
        String east = environment.equals("prod") ? "10.40.0.0/16" : "10.30.0.0/16";
        String west = environment.equals("prod") ? "10.41.0.0/16" : "10.31.0.0/16";
        assertThat(all(stack, "aws_route")).extracting(r -> r.path("provider").asText("aws") + " "
                        + r.path("destination_cidr_block").asText() + " " + r.path("route_table_id").asText()
                        .replaceAll(".*remote-state-([a-z0-9-]+)\\.outputs\\.private_route_table_ids, (\\d)\\)}", "$1[$2]"))
                .containsExactlyInAnyOrder(
                        "aws " + east + " " + environment + "-usw2-network[0]",
                        "aws " + east + " " + environment + "-usw2-network[1]",
                        "aws " + east + " " + environment + "-usw2-network[2]",
                        "aws.use1 " + west + " " + environment + "-use1-network[0]",
                        "aws.use1 " + west + " " + environment + "-use1-network[1]",
                        "aws.use1 " + west + " " + environment + "-use1-network[2]");
        assertThat(all(stack, "aws_vpc_security_group_ingress_rule")).extracting(r -> r.path("provider").asText("aws")
                        + " " + r.path("cidr_ipv4").asText() + " " + r.path("from_port").asInt() + "-"
                        + r.path("to_port").asInt() + " " + r.path("security_group_id").asText().contains("-runtime"))
                .containsExactlyInAnyOrder("aws " + east + " 8080-8080 true", "aws.use1 " + west + " 8080-8080 true");
    }

    @Test
    void should_leave_the_peering_untouched_when_the_primary_region_switches(@TempDir Path temp) throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        EnvironmentFixtures.copyRealEnvironments(environments);
        Path prod = environments.resolve("prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("primary_region: us-east-1",
                "primary_region: us-west-2"));

        SynthResult switched = new Synthesizer().synthesize(StackMatrix.of(EnvironmentFixtures.load(environments),
                        Layers.ALL).select(List.of("prod"), List.of("prod-*-peering")), new OutputDirectory(temp.resolve("out")),
                Synthesizer.Progress.SILENT);

        assertThat(switched.resourcesByStack().keySet().stream().filter(s -> s.endsWith("-peering")))
                .containsExactly("prod-usw2-peering");
        JsonNode after = JSON.readTree(switched.stackFile("prod-usw2-peering").toFile());
        assertThat(after.path("resource")).isEqualTo(SynthesizedPlatform.stack("prod-usw2-peering").path("resource"));
    }
}
