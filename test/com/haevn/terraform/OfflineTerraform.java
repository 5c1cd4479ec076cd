package com.haevn.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real terraform offline: providers come from a filesystem mirror named by HAEVN_TF_PROVIDER_MIRROR
 * (the folder holding registry.terraform.io/), through a CLI config of our own with a shared plugin cache, so an
 * init links the provider instead of copying hundreds of MB per stack.
 *
 * <p>Without terraform or a mirror the tests that need it are skipped with a message saying why, unless the
 * system property {@code haevn.requireTerraform} is true (CI): then they fail.
 */
public final class OfflineTerraform {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path cliConfig;

    private OfflineTerraform(Path cliConfig) {
        this.cliConfig = cliConfig;
    }

    /** Terraform ready to run offline, or the calling test is skipped (or failed, on CI) saying what is missing. */
    public static OfflineTerraform requireAvailable() throws IOException {
        String missing = whatIsMissing();
        if (missing != null) {
            String message = "terraform tests need " + missing;
            if (Boolean.getBoolean("haevn.requireTerraform")) {
                throw new AssertionError(message + " (required here: haevn.requireTerraform=true)");
            }
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        Path work = Files.createDirectories(Path.of("app", "target", "terraform"));
        Path cache = Files.createDirectories(work.resolve("plugin-cache")).toAbsolutePath();
        Path config = work.resolve("terraformrc").toAbsolutePath();
        String mirror = System.getenv("HAEVN_TF_PROVIDER_MIRROR");
        Files.writeString(config, """
                provider_installation {
                  filesystem_mirror {
                    path    = "%s"
                    include = ["registry.terraform.io/*/*"]
                  }
                }
                plugin_cache_dir = "%s"
                disable_checkpoint = true
                """.formatted(mirror, cache));
        return new OfflineTerraform(config);
    }

    private static String whatIsMissing() {
        if (findOnPath("terraform") == null) {
            return "terraform on the PATH";
        }
        String mirror = System.getenv("HAEVN_TF_PROVIDER_MIRROR");
        if (mirror == null || mirror.isBlank()) {
            return "HAEVN_TF_PROVIDER_MIRROR naming a provider mirror (the folder holding registry.terraform.io/)";
        }
        if (!Files.isDirectory(Path.of(mirror, "registry.terraform.io"))) {
            return "HAEVN_TF_PROVIDER_MIRROR to hold registry.terraform.io/, but " + mirror + " does not";
        }
        return null;
    }

    private static Path findOnPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code terraform init -backend=false} in a stack folder; fails with terraform's output on error. */
    public void init(Path stackDirectory) throws IOException, InterruptedException {
        Result result = run(stackDirectory, "init", "-backend=false", "-input=false", "-no-color");
        if (result.exit() != 0) {
            throw new AssertionError("terraform init failed in " + stackDirectory + ":\n" + result.output());
        }
    }

    /** {@code terraform validate -json}: the parsed result ({@code valid}, {@code diagnostics}). */
    public JsonNode validate(Path stackDirectory) throws IOException, InterruptedException {
        return JSON.readTree(run(stackDirectory, "validate", "-json", "-no-color").output());
    }

    /** The exit code and standard output of one terraform command. */
    public record Result(int exit, String output) {
    }

    public Result run(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("terraform");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(false);
        builder.environment().put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        builder.environment().put("TF_IN_AUTOMATION", "1");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("terraform " + String.join(" ", args) + " did not finish in 5 minutes in " + directory);
        }
        return new Result(process.exitValue(), output);
    }
}
