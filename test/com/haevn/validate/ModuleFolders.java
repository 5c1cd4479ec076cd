package com.haevn.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The module folders under {@code test/resources/validate/modules/}: several {@code .tf.json} files each, shaped like
 * public modules (written here). Terraform reads a folder as one module; until the validator does too (issue 12),
 * tests judge the folder's files merged into one document, as terraform would see them.
 */
public final class ModuleFolders {

    public static final Path ROOT = Path.of("test/resources/validate/modules");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModuleFolders() {
    }

    /** Every module folder, by name. */
    public static List<Path> all() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The folder's {@code *.tf.json} files, sorted. */
    public static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tf.json")).sorted().toList();
        }
    }

    /** The folder's files as one Terraform JSON document: blocks of the same kind merged by label. */
    public static ObjectNode merged(Path folder) throws IOException {
        ObjectNode merged = MAPPER.createObjectNode();
        for (Path file : files(folder)) {
            mergeInto(merged, (ObjectNode) MAPPER.readTree(file.toFile()), file + ": ");
        }
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode source, String where) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                mergeInto(into, from, where + field.getKey() + ".");
            } else if (existing != null) {
                throw new IllegalArgumentException(where + field.getKey() + " is declared in two files");
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }
}
