package com.haevn.layers.switchover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.layers.Layers;
import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The last step of docs/runbook-region-switch.md sets {@code primary_region: us-west-2} in prod. What that
 * configuration synthesizes must be what AWS looks like after the switchover, so that Terraform is converged: the
 * regional stores (global database, global datastore, peering, replication) keep every resource as it was, and only
 * what follows the primary by design moves (the database rotation function's ingress, with the secrets stack).
 */
class PrimarySwitchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private static Map<String, JsonNode> switched;

    @BeforeAll
    static void synthesizeProdWithUsWest2Primary() throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        EnvironmentFixtures.copyRealEnvironments(environments);
        Path prod = environments.resolve("prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("primary_region: us-east-1",
                "primary_region: us-west-2"));
        SynthResult result = new Synthesizer().synthesize(StackMatrix.of(EnvironmentFixtures.load(environments),
                Layers.ALL).select(List.of("prod"), List.of()), new OutputDirectory(temp.resolve("out")),
                Synthesizer.Progress.SILENT);
        switched = new TreeMap<>();
        for (String stack : result.resourcesByStack().keySet()) {
            switched.put(stack, JSON.readTree(result.stackFile(stack).toFile()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod-use1-cache", "prod-usw2-cache", "prod-usw2-peering",
            "prod-use1-objects", "prod-usw2-objects", "prod-use1-dr", "prod-usw2-dr"})
    void should_keep_every_resource_of_the_regional_stores(String stack) {
        assertThat(switched.get(stack).path("resource")).isEqualTo(SynthesizedPlatform.stack(stack).path("resource"));
    }

    @Test
    void should_keep_both_databases_and_move_only_the_rotation_ingress_to_the_new_primary() {
        JsonNode before = SynthesizedPlatform.stack("prod-use1-data").path("resource");
        JsonNode after = switched.get("prod-use1-data").path("resource");
        assertThat(after.path("aws_rds_global_cluster")).isEqualTo(before.path("aws_rds_global_cluster"));
        assertThat(after.path("aws_rds_cluster")).isEqualTo(before.path("aws_rds_cluster"));
        assertThat(withoutRotationIngress(after)).isEqualTo(withoutRotationIngress(before));
        assertThat(rotationIngress(before)).hasSize(1);
        assertThat(rotationIngress(after)).isEmpty();
        JsonNode west = switched.get("prod-usw2-data").path("resource");
        assertThat(rotationIngress(west)).hasSize(1);
        assertThat(withoutRotationIngress(west))
                .isEqualTo(withoutRotationIngress(SynthesizedPlatform.stack("prod-usw2-data").path("resource")));
    }

    @Test
    void should_move_the_global_stacks_to_the_new_primary() {
        assertThat(switched.get("prod-global-secrets").path("provider").path("aws").get(0).path("region").asText())
                .isEqualTo("us-west-2");
    }

    private static List<String> rotationIngress(JsonNode resources) {
        List<String> names = new ArrayList<>();
        resources.path("aws_vpc_security_group_ingress_rule").fieldNames().forEachRemaining(name -> {
            if (name.startsWith("database-from-rotation")) {
                names.add(name);
            }
        });
        return names;
    }

    private static JsonNode withoutRotationIngress(JsonNode resources) {
        ObjectNode copy = resources.deepCopy();
        ObjectNode rules = (ObjectNode) copy.path("aws_vpc_security_group_ingress_rule");
        rotationIngress(resources).forEach(rules::remove);
        return copy;
    }
}
