package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.CalledModule;
import com.haevn.validate.core.CalledModule.Status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the interface (variables, outputs) of the modules a configuration calls by local path ({@code ./...},
 * {@code ../...}), from the Terraform JSON files of the called folder. Registry, git and other remote sources are
 * never fetched: they are reported as not checked.
 */
final class ModuleSources {

    private final LocatingJsonParser parser;
    /** Called folders already read: a module called from many places is read once. */
    private final Map<Path, CalledModule> read = new HashMap<>();

    ModuleSources(LocatingJsonParser parser) {
        this.parser = parser;
    }

    /** What each {@code module} block of {@code root}, a configuration in {@code folder}, calls. */
    Map<String, CalledModule> of(JsonNode root, Path folder) {
        JsonNode modules = root.path("module");
        if (!modules.isObject()) {
            return Map.of();
        }
        Map<String, CalledModule> result = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = modules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> call = it.next();
            JsonNode body = call.getValue().isArray() && call.getValue().size() == 1 ? call.getValue().get(0)
                    : call.getValue();
            JsonNode source = body.path("source");
            if (source.isTextual() && !call.getKey().equals("//")) {
                result.put(call.getKey(), resolve(source.asText(), folder));
            }
        }
        return result;
    }

    private CalledModule resolve(String source, Path folder) {
        if (!source.startsWith("./") && !source.startsWith("../")) {
            return CalledModule.unread(source, Status.NOT_FETCHED, "a registry, git or remote source is not fetched");
        }
        Path directory = folder.resolve(source).normalize();
        CalledModule known = read.get(directory);
        if (known == null) {
            known = readFolder(source, directory);
            read.put(directory, known);
        }
        return known;
    }

    private CalledModule readFolder(String source, Path directory) {
        if (!Files.isDirectory(directory)) {
            return CalledModule.unread(source, Status.NOT_FOUND, directory + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return CalledModule.unread(source, Status.NOT_READABLE, "cannot list " + directory + ": " + e.getMessage());
        }
        List<Path> json = files.stream().filter(f -> f.getFileName().toString().endsWith(".tf.json")).toList();
        boolean hcl = files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".tf"));
        if (hcl) {
            return CalledModule.unread(source, Status.NOT_READABLE, directory
                    + " holds HCL (.tf) files, which are not read here (only Terraform JSON is)");
        }
        Map<String, Boolean> variables = new TreeMap<>();
        Set<String> outputs = new TreeSet<>();
        for (Path file : json) {
            ParsedJson parsed;
            try (InputStream input = Files.newInputStream(file)) {
                parsed = parser.parse(file.toString(), input);
            } catch (IOException e) {
                return CalledModule.unread(source, Status.NOT_READABLE, "cannot read " + file + ": " + e.getMessage());
            }
            if (!parsed.ok() || !parsed.root().isObject()) {
                return CalledModule.unread(source, Status.NOT_READABLE, file + " is not valid Terraform JSON");
            }
            parsed.root().path("variable").fields().forEachRemaining(v -> {
                JsonNode body = v.getValue().isArray() && v.getValue().size() == 1 ? v.getValue().get(0) : v.getValue();
                if (!v.getKey().equals("//")) {
                    variables.put(v.getKey(), !body.has("default"));
                }
            });
            parsed.root().path("output").fieldNames().forEachRemaining(name -> {
                if (!name.equals("//")) {
                    outputs.add(name);
                }
            });
        }
        return new CalledModule(source, Status.READ, variables, outputs, directory.toString());
    }
}
