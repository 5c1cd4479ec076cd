package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One stack folder of a cdktf output ({@code cdktf.out/stacks/<name>/}) and its Terraform JSON, read for what an
 * offline plan needs: the providers it uses, its AWS provider configurations, its outputs and resources.
 *
 * @param name          the stack name (the folder's name)
 * @param directory     the stack folder
 * @param configuration the parsed {@value #FILE_NAME}
 */
public record SynthesizedStack(String name, Path directory, JsonNode configuration) {

    public static final String FILE_NAME = "cdk.tf.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads {@code outputDirectory/stacks/<name>/cdk.tf.json}.
     *
     * @throws IllegalArgumentException when the output holds no such stack
     */
    public static SynthesizedStack read(Path outputDirectory, String name) {
        Path directory = outputDirectory.resolve("stacks").resolve(name);
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no synthesized stack " + name + ": " + file
                    + " does not exist (synthesize it with the stacks that read it)");
        }
        try {
            return new SynthesizedStack(name, directory, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthesized stack " + file, e);
        }
    }

    /** The local names of {@code terraform.required_providers}, sorted. */
    public List<String> providers() {
        TreeSet<String> names = new TreeSet<>();
        configuration.path("terraform").path("required_providers").fieldNames().forEachRemaining(names::add);
        return List.copyOf(names);
    }

    /** Whether the stack uses the AWS provider and no other. */
    public boolean awsOnly() {
        return providers().equals(List.of("aws"));
    }

    /** Every {@code provider.aws} configuration, in file order (the default one has no alias). */
    public List<AwsProviderConfig> awsProviders() {
        List<AwsProviderConfig> configs = new ArrayList<>();
        JsonNode aws = configuration.path("provider").path("aws");
        for (JsonNode provider : aws.isArray() ? aws : List.of(aws)) {
            if (provider.isObject()) {
                configs.add(new AwsProviderConfig(optionalText(provider, "alias"),
                        provider.path("region").asText(""), provider.path("allowed_account_ids").path(0).asText("")));
            }
        }
        return configs;
    }

    /**
     * The AWS provider configuration a resource uses: the one its {@code provider} argument names
     * ({@code aws.ALIAS}), else the default one.
     */
    public AwsProviderConfig awsProviderOf(JsonNode resource) {
        Optional<String> alias = Optional.ofNullable(resource.path("provider").textValue())
                .filter(p -> p.startsWith("aws."))
                .map(p -> p.substring("aws.".length()));
        List<AwsProviderConfig> providers = awsProviders();
        return providers.stream().filter(p -> p.alias().equals(alias)).findFirst()
                .or(() -> providers.stream().filter(p -> p.alias().isEmpty()).findFirst())
                .orElseThrow(() -> new IllegalStateException("stack " + name + " has no AWS provider configuration"));
    }

    /** {@code output.<name>}, or a missing node. */
    public JsonNode output(String outputName) {
        return configuration.path("output").path(outputName);
    }

    /** {@code resource.<type>.<name>} ({@code data.<type>.<name>} for a data source), or a missing node. */
    public JsonNode block(boolean dataSource, String type, String blockName) {
        return configuration.path(dataSource ? "data" : "resource").path(type).path(blockName);
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return Optional.ofNullable(node.path(field).textValue());
    }

    /**
     * One configuration of the AWS provider.
     *
     * @param alias     its alias; empty for the default configuration
     * @param region    its region ("" when the stack leaves it to the environment)
     * @param accountId the first of its {@code allowed_account_ids} ("" when it has none)
     */
    public record AwsProviderConfig(Optional<String> alias, String region, String accountId) {
    }
}
