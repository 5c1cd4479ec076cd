package com.haevn.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a minimal cdktf output folder (manifest.json plus stacks/NAME/cdk.tf.json) in the layout
 * cdktf 0.19 produces, for testing the pipeline scripts without synthesizing real stacks.
 */
final class SynthFixture {

    private final Path out;
    private final Map<String, List<String>> dependencies = new LinkedHashMap<>();

    SynthFixture(Path out) {
        this.out = out;
    }

    /** Adds a stack whose cdk.tf.json holds {@code content}, depending on {@code dependsOn}. */
    SynthFixture stack(String name, String content, String... dependsOn) {
        dependencies.put(name, List.of(dependsOn));
        try {
            Path dir = out.resolve("stacks").resolve(name);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("cdk.tf.json"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Writes manifest.json and returns the output folder. */
    Path write() {
        String stacks = dependencies.entrySet().stream().map(entry -> """
                "%1$s": {"name": "%1$s", "constructPath": "%1$s", "workingDirectory": "stacks/%1$s",
                  "synthesizedStackPath": "stacks/%1$s/cdk.tf.json", "annotations": [], "dependencies": [%2$s]}"""
                .formatted(entry.getKey(), entry.getValue().stream().map(d -> '"' + d + '"').collect(Collectors.joining(", "))))
                .collect(Collectors.joining(",\n"));
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("manifest.json"), "{\"version\": \"0.19.2\", \"stacks\": {\n" + stacks + "\n}}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
