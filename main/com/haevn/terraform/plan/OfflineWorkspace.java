package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The work folder in which one stack is planned offline: a copy of its synthesized folder plus an override file that
 * gives it a local backend, AWS provider configurations with mock credentials and no account lookup or check (regions
 * stay),
 * and {@code terraform_remote_state} data sources that read local state files holding plausible values of the
 * producer stacks' outputs; sensitive variables without a default get a dummy value. The synthesized folder itself is
 * never changed.
 */
final class OfflineWorkspace {

    static final String OVERRIDE_FILE = "haevn_offline_override.tf.json";
    static final String VARIABLES_FILE = "haevn_offline.auto.tfvars.json";
    static final String REMOTE_STATE_DIRECTORY = "remote-state";
    /** Left in place between runs: terraform's install folder (links into the plugin cache). */
    private static final String TERRAFORM_DIRECTORY = ".terraform";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OfflineWorkspace() {
    }

    /**
     * Fills {@code workDirectory} for planning {@code stack}, whose producers are read from {@code outputDirectory}.
     *
     * @throws IllegalArgumentException when a producer's outputs cannot be given plausible values
     */
    static void prepare(SynthesizedStack stack, Path outputDirectory, Path workDirectory) throws IOException {
        clean(workDirectory);
        copyStack(stack.directory(), workDirectory);
        ObjectNode override = NODES.objectNode();
        override.putObject("terraform").putObject("backend").putObject("local").put("path", "terraform.tfstate");
        override.putObject("provider").set("aws", mockedProviders(stack));
        List<RemoteStateRead> reads = RemoteStateReads.of(stack);
        if (!reads.isEmpty()) {
            ObjectNode remoteStates = override.putObject("data").putObject("terraform_remote_state");
            for (RemoteStateRead read : reads) {
                String stateFile = REMOTE_STATE_DIRECTORY + "/" + read.producerStack() + ".tfstate";
                ObjectNode replacement = remoteStates.putObject(read.dataName());
                replacement.put("backend", "local");
                replacement.putObject("config").put("path", stateFile);
                SynthesizedStack producer = SynthesizedStack.read(outputDirectory, read.producerStack());
                LocalStateFile.write(workDirectory.resolve(stateFile), producer.name(),
                        new ProducerOutputs(producer).values(read.outputs()));
            }
        }
        write(workDirectory.resolve(OVERRIDE_FILE), override);
        ObjectNode dummies = SensitiveVariables.dummies(stack);
        if (!dummies.isEmpty()) {
            write(workDirectory.resolve(VARIABLES_FILE), dummies);
        }
    }

    /**
     * One override per AWS provider configuration (matched by alias): mock credentials, no calls to look up the
     * account, and so no allowed-account check (with the account unknown the provider would refuse every account).
     */
    private static ArrayNode mockedProviders(SynthesizedStack stack) {
        ArrayNode providers = NODES.arrayNode();
        for (SynthesizedStack.AwsProviderConfig config : stack.awsProviders()) {
            ObjectNode provider = providers.addObject();
            config.alias().ifPresent(alias -> provider.put("alias", alias));
            provider.put("access_key", "offline-plan-mock-access-key");
            provider.put("secret_key", "offline-plan-mock-secret-key");
            provider.put("skip_credentials_validation", true);
            provider.put("skip_requesting_account_id", true);
            provider.put("skip_metadata_api_check", true);
            provider.putNull("allowed_account_ids");
        }
        return providers;
    }

    /** Removes what an earlier run left, except terraform's install folder. */
    private static void clean(Path workDirectory) throws IOException {
        if (!Files.isDirectory(workDirectory)) {
            Files.createDirectories(workDirectory);
            return;
        }
        try (Stream<Path> entries = Files.list(workDirectory)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().equals(TERRAFORM_DIRECTORY)).toList()) {
                deleteRecursively(entry);
            }
        }
    }

    /** Copies the synthesized stack folder (configuration, dependency lock, assets), not its earlier plan. */
    private static void copyStack(Path stackDirectory, Path workDirectory) throws IOException {
        try (Stream<Path> files = Files.walk(stackDirectory)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path relative = stackDirectory.relativize(source);
                if (relative.toString().equals(OfflinePlanner.PLAN_FILE)
                        || relative.startsWith(TERRAFORM_DIRECTORY)) {
                    continue;
                }
                Path target = workDirectory.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(source, target);
            }
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void write(Path file, JsonNode content) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(content) + "\n", StandardCharsets.UTF_8);
    }
}
