package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One synthesized stack ({@code cdktf.out/stacks/NAME/cdk.tf.json}): its name, region and environment and its
 * resources. The region comes from the stack's AWS provider (plan files do not carry it).
 *
 * @param name the stack's folder name
 * @param json the Terraform JSON
 */
public record SynthesizedStack(String name, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REFERENCE = Pattern.compile("^\\$\\{([a-z0-9_]+)\\.([A-Za-z0-9_-]+)\\.[a-z_]+}$");
    private static final Pattern REMOTE_STATE = Pattern.compile("^\\$\\{data\\.terraform_remote_state\\.remote-state-"
            + "([a-z0-9-]+)\\.outputs\\.[a-z0-9_]+}$");

    /**
     * The stacks of a synth: {@code DIR/stacks/*}/cdk.tf.json} (a cdktf.out folder) or {@code DIR/*}/cdk.tf.json},
     * by name.
     */
    public static List<SynthesizedStack> readAll(Path directory) {
        Path stacks = Files.isDirectory(directory.resolve("stacks")) ? directory.resolve("stacks") : directory;
        List<SynthesizedStack> result = new ArrayList<>();
        try (Stream<Path> folders = Files.list(stacks)) {
            for (Path folder : folders.sorted().toList()) {
                Path file = folder.resolve("cdk.tf.json");
                if (Files.isRegularFile(file)) {
                    result.add(new SynthesizedStack(folder.getFileName().toString(), JSON.readTree(file.toFile())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synthesized stacks in " + stacks, e);
        }
        return result;
    }

    /** The AWS provider without an alias. */
    private Optional<JsonNode> awsProvider() {
        JsonNode providers = json.path("provider").path("aws");
        for (JsonNode provider : providers) {
            if (!provider.has("alias")) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /** The region of the stack's AWS provider; empty for a stack without one or with a computed region. */
    public Optional<String> region() {
        return awsProvider().map(p -> p.path("region").asText("")).filter(r -> !r.isEmpty() && !r.contains("${"));
    }

    /**
     * The region a resource is created in: that of the aliased AWS provider it names ({@code "provider":
     * "aws.usw2"}), else the stack's.
     */
    public Optional<String> regionOf(JsonNode resource) {
        String provider = resource.path("provider").asText("");
        if (!provider.startsWith("aws.")) {
            return region();
        }
        String alias = provider.substring("aws.".length());
        for (JsonNode candidate : json.path("provider").path("aws")) {
            if (alias.equals(candidate.path("alias").asText())) {
                String region = candidate.path("region").asText("");
                return region.isEmpty() || region.contains("${") ? Optional.empty() : Optional.of(region);
            }
        }
        return Optional.empty();
    }

    /** The {@code Environment} default tag of its provider, else the stack name's first part. */
    public String environment() {
        return awsProvider().map(p -> p.path("default_tags").path(0).path("tags").path("Environment").asText(""))
                .filter(e -> !e.isEmpty())
                .orElse(name.contains("-") ? name.substring(0, name.indexOf('-')) : name);
    }

    /** Whether the provider tags every taggable resource through {@code default_tags}. */
    public boolean hasDefaultTags() {
        return awsProvider().map(p -> p.path("default_tags").path(0).path("tags").size() > 0).orElse(false);
    }

    public JsonNode resources() {
        return json.path("resource");
    }

    /** The resource a {@code ${type.name.attribute}} reference of this stack points at. */
    public Optional<JsonNode> referenced(JsonNode value) {
        Matcher matcher = REFERENCE.matcher(value.asText(""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        JsonNode target = resources().path(matcher.group(1)).path(matcher.group(2));
        return target.isMissingNode() ? Optional.empty() : Optional.of(target);
    }

    /** The stack a {@code ${data.terraform_remote_state.remote-state-STACK.outputs.x}} value reads from. */
    public static Optional<String> remoteStateStack(JsonNode value) {
        Matcher matcher = REMOTE_STATE.matcher(value.asText(""));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
