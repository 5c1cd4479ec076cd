package com.haevn.stacks.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.environment.Environments;
import com.haevn.layers.Layers;
import com.haevn.layers.network.NetworkExports;
import com.haevn.stacks.ExportKey;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.SynthesizedPlatform;
import com.haevn.testing.TestLayer;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.providers.aws.ssm_parameter.SsmParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Losing us-east-1 must not freeze changes to us-west-2: no us-west-2 stack's backend or remote-state read names a
 * us-east-1 endpoint, checked on every synthesized stack, of the platform and of a platform with made-up consumers
 * that read the same region, the global stack and the primary region.
 */
class RegionalStateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Zone(String zoneId) {
        static final ExportKey<Zone> KEY = ExportKey.of("zone", Zone.class);
    }

    record Primary(String clusterArn) {
        static final ExportKey<Primary> KEY = ExportKey.of("primary", Primary.class);
    }

    private static final Import<Primary> PRIMARY = Import.primaryRegion(Primary.KEY);
    private static final Import<Zone> ZONE = Import.global(Zone.KEY);
    private static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);

    private static final Layer ZONE_LAYER = new TestLayer("zone", Placement.GLOBAL, List.of(), (stack, exports) ->
            exports.publish(Zone.KEY, new Zone(SsmParameter.Builder.create(stack, "z").name("/z").type("String")
                    .value("z").build().getArn())));

    private static final Layer PRIMARY_LAYER = new TestLayer("primary", List.of(PRIMARY, ZONE, NETWORK),
            (stack, exports) -> {
                TerraformOutput.Builder.create(stack, "zone").value(exports.read(ZONE).zoneId()).build();
                TerraformOutput.Builder.create(stack, "vpc").value(exports.read(NETWORK).vpcId()).build();
                if (stack.spec().region().equals(stack.environment().primaryRegion())) {
                    exports.publish(Primary.KEY, new Primary(SsmParameter.Builder.create(stack, "p").name("/p")
                            .type("String").value("p").build().getArn()));
                } else {
                    TerraformOutput.Builder.create(stack, "joined").value(exports.read(PRIMARY).clusterArn()).build();
                }
            });

    private static Map<String, JsonNode> synthesize(Environments environments, Path out) throws IOException {
        List<Layer> layers = new ArrayList<>(Layers.ALL);
        layers.add(ZONE_LAYER);
        layers.add(PRIMARY_LAYER);
        SynthResult result = new Synthesizer().synthesize(StackMatrix.of(environments, layers).select(List.of("prod"),
                List.of()), new OutputDirectory(out), Synthesizer.Progress.SILENT);
        Map<String, JsonNode> stacks = new TreeMap<>();
        for (String stack : result.resourcesByStack().keySet()) {
            stacks.put(stack, JSON.readTree(result.stackFile(stack).toFile()));
        }
        return stacks;
    }

    /** Every region field of a stack's backend, remote-state reads and KMS key ARN, with where it was found. */
    private static Map<String, String> endpoints(JsonNode stack) {
        Map<String, String> endpoints = new TreeMap<>();
        JsonNode s3 = stack.path("terraform").path("backend").path("s3");
        if (!s3.isMissingNode()) {
            endpoints.put("backend.region", s3.path("region").asText());
            endpoints.put("backend.kms_key_id", s3.path("kms_key_id").asText().split(":")[3]);
            endpoints.put("backend.bucket", bucketRegion(s3.path("bucket").asText()));
        }
        stack.path("data").path("terraform_remote_state").fields().forEachRemaining(read -> {
            endpoints.put(read.getKey() + ".region", read.getValue().path("config").path("region").asText());
            endpoints.put(read.getKey() + ".bucket", bucketRegion(read.getValue().path("config").path("bucket").asText()));
        });
        return endpoints;
    }

    /** The region a state bucket of a two-region environment lives in, from its name (docs/state.md's naming). */
    private static String bucketRegion(String bucket) {
        String suffix = bucket.replaceFirst("^haevn-[a-z0-9-]+-tfstate-\\d{12}", "");
        return switch (suffix) {
            case "", "-usw2-replica" -> "us-east-1";
            case "-usw2", "-replica-usw2" -> "us-west-2";
            default -> throw new AssertionError("not a state bucket: " + bucket);
        };
    }

    @Test
    void should_keep_every_us_west_2_stack_of_the_platform_on_us_west_2_endpoints() {
        SynthesizedPlatform.get().resourcesByStack().keySet().stream().filter(name -> name.contains("-usw2-"))
                .forEach(name -> assertThat(endpoints(SynthesizedPlatform.stack(name))).as(name).isNotEmpty()
                        .allSatisfy((where, region) -> assertThat(region).as(name + " " + where).isEqualTo("us-west-2")));
    }

    @Test
    void should_read_same_region_global_and_primary_region_outputs_from_us_west_2_copies(@TempDir Path temp)
            throws IOException {
        Map<String, JsonNode> stacks = synthesize(EnvironmentFixtures.load(Path.of("environments")), temp.resolve("out"));

        JsonNode secondary = stacks.get("prod-usw2-primary");
        assertThat(secondary.path("data").path("terraform_remote_state").size()).isEqualTo(3);
        stacks.forEach((name, stack) -> {
            if (name.contains("-usw2-")) {
                assertThat(endpoints(stack)).as(name).allSatisfy((where, region) ->
                        assertThat(region).as(name + " " + where).isEqualTo("us-west-2"));
            }
        });
        JsonNode reads = secondary.path("data").path("terraform_remote_state");
        assertThat(reads.path("remote-state-prod-global-zone").path("config").path("bucket").asText())
                .isEqualTo("haevn-prod-tfstate-430987654321-replica-usw2");
        assertThat(reads.path("remote-state-prod-use1-primary").path("config").path("bucket").asText())
                .isEqualTo("haevn-prod-tfstate-430987654321-replica-usw2");
        assertThat(reads.path("remote-state-prod-usw2-network").path("config").path("bucket").asText())
                .isEqualTo("haevn-prod-tfstate-430987654321-usw2");
        JsonNode globalBackend = stacks.get("prod-global-zone").path("terraform").path("backend").path("s3");
        assertThat(globalBackend.path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321");
        assertThat(globalBackend.path("region").asText()).isEqualTo("us-east-1");
    }

    @Test
    void should_point_global_stacks_at_the_us_west_2_replica_when_switched(@TempDir Path temp) throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        EnvironmentFixtures.copyRealEnvironments(environments);
        Path prod = environments.resolve("prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("global_stacks_region: us-east-1",
                "global_stacks_region: us-west-2"));

        Map<String, JsonNode> stacks = synthesize(EnvironmentFixtures.load(environments), temp.resolve("out"));

        JsonNode globalBackend = stacks.get("prod-global-zone").path("terraform").path("backend").path("s3");
        assertThat(globalBackend.path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321-replica-usw2");
        assertThat(globalBackend.path("region").asText()).isEqualTo("us-west-2");
        assertThat(globalBackend.path("kms_key_id").asText())
                .isEqualTo("arn:aws:kms:us-west-2:430987654321:alias/haevn-prod-tfstate");
        assertThat(globalBackend.path("key").asText()).isEqualTo("prod-global-zone/terraform.tfstate");
        JsonNode fromUse1 = stacks.get("prod-use1-primary").path("data").path("terraform_remote_state")
                .path("remote-state-prod-global-zone").path("config");
        assertThat(fromUse1.path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321-replica-usw2");
        assertThat(fromUse1.path("region").asText()).isEqualTo("us-west-2");
        JsonNode regionalBackend = stacks.get("prod-use1-network").path("terraform").path("backend").path("s3");
        assertThat(regionalBackend.path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321");
    }

    @Test
    void should_move_the_global_stacks_and_primary_region_imports_but_no_state_when_us_west_2_is_primary(
            @TempDir Path temp) throws IOException {
        Path environments = Files.createDirectories(temp.resolve("environments"));
        EnvironmentFixtures.copyRealEnvironments(environments);
        Path prod = environments.resolve("prod.yaml");
        Files.writeString(prod, Files.readString(prod).replace("primary_region: us-east-1",
                "primary_region: us-west-2"));

        Map<String, JsonNode> stacks = synthesize(EnvironmentFixtures.load(environments), temp.resolve("out"));

        for (String global : List.of("prod-global-zone", "prod-global-state")) {
            assertThat(stacks.get(global).path("provider").path("aws").get(0).path("region").asText()).as(global)
                    .isEqualTo("us-west-2");
        }
        JsonNode east = stacks.get("prod-use1-primary");
        assertThat(east.path("output").has("joined")).isTrue();
        assertThat(east.path("data").path("terraform_remote_state").path("remote-state-prod-usw2-primary")
                .path("config").path("bucket").asText()).isEqualTo("haevn-prod-tfstate-430987654321-usw2-replica");
        JsonNode west = stacks.get("prod-usw2-primary");
        assertThat(west.path("output").has("joined")).isFalse();
        assertThat(west.path("data").path("terraform_remote_state").has("remote-state-prod-use1-primary")).isFalse();
        JsonNode globalBackend = stacks.get("prod-global-zone").path("terraform").path("backend").path("s3");
        assertThat(globalBackend.path("bucket").asText()).as("the state stays in the first region's bucket")
                .isEqualTo("haevn-prod-tfstate-430987654321");
        assertThat(stacks.get("prod-usw2-network").path("terraform").path("backend").path("s3").path("bucket")
                .asText()).isEqualTo("haevn-prod-tfstate-430987654321-usw2");
    }
}
