package com.haevn.exit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.synth.SynthResult;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.terraform.TerraformRunner;
import com.haevn.testing.SynthesizedPlatform;
import com.haevn.validate.Validator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/leaving-cdktf.md, steps 2 and 3: a synthesized stack folder, copied as it is into a plain Terraform folder
 * with its configuration renamed {@code main.tf.json}, keeps its backend and state key, passes
 * {@code terraform validate} and {@code haevn validate}, and names no CDKTF runtime piece terraform would need.
 */
class PlainTerraformStackTest {

    private static final String STACK = "dev-use1-async";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void should_run_a_synthesized_stack_as_plain_terraform_with_its_state_key_unchanged() throws Exception {
        TerraformRunner terraform = TerraformAvailability.requireOfflineRunner();
        SynthResult synth = SynthesizedPlatform.get();
        Path synthesized = synth.stackFile(STACK).getParent();
        Path plain = Path.of("app", "target", "leaving-cdktf", STACK);
        delete(plain);
        Files.createDirectories(plain);
        try (Stream<Path> files = Files.list(synthesized)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString().equals("cdk.tf.json") ? "main.tf.json"
                        : file.getFileName().toString();
                Files.copy(file, plain.resolve(name));
            }
        }

        JsonNode configuration = MAPPER.readTree(plain.resolve("main.tf.json").toFile());
        assertThat(configuration.path("terraform").path("backend").path("s3").path("key").asText())
                .isEqualTo(STACK + "/terraform.tfstate");
        assertThat(Files.exists(plain.resolve(".terraform.lock.hcl"))).isTrue();

        terraform.init(plain);
        assertThat(terraform.validate(plain)).filteredOn(d -> d.severity().equals("error")).isEmpty();
        assertThat(new Validator().validate(List.of(plain)).exitCode()).isZero();
    }

    private static void delete(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
