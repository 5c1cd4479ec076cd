package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * A Terraform state file (format version 4) holding only root-module outputs, each with its value and type: what a
 * {@code terraform_remote_state} data source with the local backend reads.
 */
final class LocalStateFile {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LocalStateFile() {
    }

    /** Writes the state of {@code stack} with {@code outputs} to {@code file}; its lineage derives from the stack. */
    static void write(Path file, String stack, Map<String, JsonNode> outputs) throws IOException {
        ObjectNode state = NODES.objectNode();
        state.put("version", 4);
        state.put("terraform_version", "1.11.4");
        state.put("serial", 1);
        state.put("lineage", UUID.nameUUIDFromBytes(stack.getBytes(StandardCharsets.UTF_8)).toString());
        ObjectNode written = state.putObject("outputs");
        outputs.forEach((name, value) -> {
            ObjectNode output = written.putObject(name);
            output.set("value", value);
            output.set("type", type(value));
        });
        state.putArray("resources");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(state) + "\n", StandardCharsets.UTF_8);
    }

    /** The type, in Terraform's JSON type notation, that terraform would record for this value. */
    static JsonNode type(JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf("string");
        }
        if (value.isNumber()) {
            return TextNode.valueOf("number");
        }
        if (value.isBoolean()) {
            return TextNode.valueOf("bool");
        }
        if (value.isArray()) {
            ArrayNode tuple = NODES.arrayNode().add("tuple");
            ArrayNode elements = tuple.addArray();
            value.forEach(element -> elements.add(type(element)));
            return tuple;
        }
        if (value.isObject()) {
            ArrayNode object = NODES.arrayNode().add("object");
            ObjectNode attributes = object.addObject();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                attributes.set(field.getKey(), type(field.getValue()));
            }
            return object;
        }
        return TextNode.valueOf("dynamic");
    }
}
