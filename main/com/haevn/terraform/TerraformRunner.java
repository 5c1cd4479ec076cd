package com.haevn.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs terraform offline in a stack directory: {@code init -backend=false} against a provider mirror and
 * {@code validate -json}, returning the parsed diagnostics.
 */
public final class TerraformRunner {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Path terraform;
    private final Path cliConfig;

    public TerraformRunner(Path terraform, Path cliConfig) {
        this.terraform = terraform;
        this.cliConfig = cliConfig;
    }

    /**
     * A runner for this machine: terraform from the PATH and a CLI config in {@code workDir} pointing at the mirror
     * of {@link ProviderMirror#VARIABLE}; empty when either is missing.
     */
    public static Optional<TerraformRunner> offline(Path workDir) throws IOException {
        Optional<Path> binary = TerraformBinary.locate();
        Optional<Path> mirror = ProviderMirror.fromEnvironment();
        if (binary.isEmpty() || mirror.isEmpty()) {
            return Optional.empty();
        }
        Path config = TerraformCliConfig.write(workDir, mirror.get(), workDir.resolve("plugin-cache"));
        return Optional.of(new TerraformRunner(binary.get(), config));
    }

    /** {@code terraform init -backend=false}; throws with terraform's own output when it fails. */
    public void init(Path stackDir) throws TerraformFailure {
        succeed(stackDir, List.of("init", "-backend=false", "-input=false", "-no-color"));
    }

    /**
     * {@code terraform init} with the folder's backend (for plans: a local backend given in an override file) and the
     * folder's dependency lock taken as it is: a provider the lock does not record, or a package whose checksum it
     * does not list, fails the init instead of changing the lock.
     */
    public void initWithBackend(Path stackDir) throws TerraformFailure {
        succeed(stackDir, List.of("init", "-input=false", "-no-color", "-lockfile=readonly"));
    }

    /**
     * {@code terraform plan -out PLANFILE} then {@code terraform show -json PLANFILE}: the plan JSON.
     *
     * @param refresh false to plan from the state alone, without asking the provider's API about real resources
     */
    public String planJson(Path stackDir, boolean refresh) throws TerraformFailure {
        succeed(stackDir, List.of("plan", "-input=false", "-no-color", "-lock=false", "-refresh=" + refresh,
                "-out=haevn.tfplan"));
        return succeed(stackDir, List.of("show", "-json", "-no-color", "haevn.tfplan")).stdout();
    }

    /** {@code terraform show PLANFILE} of the plan {@link #planJson} saved: what terraform prints for it. */
    public String planText(Path stackDir) throws TerraformFailure {
        return succeed(stackDir, List.of("show", "-no-color", "haevn.tfplan")).stdout();
    }

    private Output succeed(Path stackDir, List<String> arguments) throws TerraformFailure {
        Output output = run(stackDir, arguments);
        if (output.exitCode() != 0) {
            String said = output.stderr().isBlank() ? output.stdout() : output.stderr();
            throw new TerraformFailure("terraform " + arguments.get(0) + " failed in " + stackDir, said.strip());
        }
        return output;
    }

    /** {@code terraform validate -json}: all diagnostics, errors and warnings. */
    public List<TerraformDiagnostic> validate(Path stackDir) throws TerraformFailure {
        Output output = run(stackDir, List.of("validate", "-json", "-no-color"));
        try {
            JsonNode root = MAPPER.readTree(output.stdout());
            List<TerraformDiagnostic> diagnostics = new ArrayList<>();
            for (JsonNode d : root.path("diagnostics")) {
                JsonNode range = d.path("range");
                diagnostics.add(new TerraformDiagnostic(d.path("severity").asText(), d.path("summary").asText(),
                        d.path("detail").asText(""), range.path("filename").asText(""),
                        range.path("start").path("line").asInt(0), range.path("start").path("column").asInt(0)));
            }
            return diagnostics;
        } catch (IOException e) {
            throw new TerraformFailure("terraform validate -json printed no JSON in " + stackDir + ":\n"
                    + output.stdout() + output.stderr(), e);
        }
    }

    /** {@code terraform providers schema -json}, written to {@code target} (it is large: ~100 MB for AWS). */
    public void providersSchema(Path stackDir, Path target) throws TerraformFailure {
        Output output = succeed(stackDir, List.of("providers", "schema", "-json"));
        try {
            Files.writeString(target, output.stdout(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TerraformFailure("cannot write " + target, e);
        }
    }

    private Output run(Path dir, List<String> arguments) throws TerraformFailure {
        List<String> command = new ArrayList<>();
        command.add(terraform.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toAbsolutePath().toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        try {
            Path stdout = Files.createTempFile("terraform-out", ".txt");
            Path stderr = Files.createTempFile("terraform-err", ".txt");
            try {
                Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
                if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new TerraformFailure("terraform " + arguments.get(0) + " timed out in " + dir);
                }
                return new Output(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new TerraformFailure("cannot run " + terraform + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TerraformFailure("interrupted while running terraform", e);
        }
    }

    private record Output(int exitCode, String stdout, String stderr) {
    }
}
