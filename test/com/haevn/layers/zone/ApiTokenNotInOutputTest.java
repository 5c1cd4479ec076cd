package com.haevn.layers.zone;

import com.haevn.cli.HaevnCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cloudflare API token and the origin-header secrets reach Terraform only from the environment: a synth in a
 * JVM whose environment holds planted values writes none of them into any file of its output.
 */
class ApiTokenNotInOutputTest {

    private static final String TOKEN = "planted-cloudflare-token-5f1c9a7e2b4d4c1e8a6f";
    private static final String SECRET = "planted-origin-secret-9d2e7c4b1a8f4e6d";

    @Test
    void should_write_no_planted_token_or_secret_into_any_file_of_the_output(@TempDir Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HaevnCommand.class.getName(), "synth", "--quiet", "--no-validate", "--output", output.toString(),
                "--stack", "prod-global-edge", "--stack", "dev-global-traffic")).redirectErrorStream(true);
        builder.environment().putAll(Map.of("CLOUDFLARE_API_TOKEN", TOKEN, "TF_VAR_origin_header_secret", SECRET,
                "TF_VAR_origin_header_secret_dev", SECRET + "-dev", "TF_VAR_origin_header_secret_prod",
                SECRET + "-prod"));
        Process process = builder.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();

        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the synth wrote the stacks that hold Cloudflare providers")
                .anyMatch(file -> file.endsWith(Path.of("stacks", "prod-global-edge", "cdk.tf.json")))
                .anyMatch(file -> file.endsWith(Path.of("stacks", "dev-global-traffic", "cdk.tf.json")));
        for (Path file : files) {
            String content = read(file);
            assertThat(content).as(file.toString()).doesNotContain(TOKEN).doesNotContain(SECRET);
        }
        String zone = read(output.resolve("stacks/prod-global-edge/cdk.tf.json"));
        assertThat(zone).contains("\"cloudflare\"").doesNotContain("api_token").doesNotContain("api_key");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    }
}
