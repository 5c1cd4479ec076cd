package com.haevn.github;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Finds and parses the repository's .github files (tests run with the repository root as working directory). */
final class GithubFiles {

    static final Path GITHUB = Path.of(".github");
    static final Path WORKFLOWS = GITHUB.resolve("workflows");
    static final Path ACTIONS = GITHUB.resolve("actions");

    private GithubFiles() {
    }

    /** Every workflow file, sorted. */
    static List<Path> workflows() {
        return list(WORKFLOWS, 1).stream()
                .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                .toList();
    }

    /** Every local composite action's metadata file, sorted. */
    static List<Path> actions() {
        return list(ACTIONS, 2).stream()
                .filter(p -> p.getFileName().toString().matches("action\\.ya?ml"))
                .toList();
    }

    static Map<String, Object> load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException("Not a YAML mapping: " + yaml.lines().findFirst().orElse(""));
        }
        return (Map<String, Object>) document;
    }

    /** The steps of every local composite action, by its {@code uses:} reference (./.github/actions/NAME). */
    static Map<String, List<Map<String, Object>>> localActionSteps() {
        Map<String, List<Map<String, Object>>> steps = new LinkedHashMap<>();
        for (Path action : actions()) {
            String reference = "./" + action.getParent().toString().replace('\\', '/');
            steps.put(reference, WorkflowRules.steps(load(action)));
        }
        return steps;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static List<Path> list(Path directory, int depth) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory, depth)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
