package com.haevn.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The compact JSON form of a {@link BlockSchema}:
 * {@code {"a": {"bucket": "s", "name": "!s"}, "b": {"versioning": {"m": 1, "r": 1, "s": {...}}}, "c": ["arn"]}}
 * where a leading "!" marks a required argument, "m" a block allowed at most once and "r" a required block.
 */
public final class SchemaCodec {

    private SchemaCodec() {
    }

    public static ObjectNode encode(BlockSchema schema) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        ObjectNode attributes = node.putObject("a");
        new TreeMap<>(schema.attributes()).forEach((name, attribute) ->
                attributes.put(name, (attribute.required() ? "!" : "") + attribute.type().encode()));
        if (!schema.blocks().isEmpty()) {
            ObjectNode blocks = node.putObject("b");
            new TreeMap<>(schema.blocks()).forEach((name, block) -> {
                ObjectNode b = blocks.putObject(name);
                if (block.single()) {
                    b.put("m", 1);
                }
                if (block.required()) {
                    b.put("r", 1);
                }
                b.set("s", encode(block.schema()));
            });
        }
        if (!schema.computed().isEmpty()) {
            new TreeSet<>(schema.computed()).forEach(node.putArray("c")::add);
        }
        return node;
    }

    public static BlockSchema decode(JsonNode node) {
        Map<String, Attribute> attributes = new HashMap<>();
        JsonNode a = node.path("a");
        for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getValue().asText();
            boolean required = code.startsWith("!");
            attributes.put(entry.getKey(), new Attribute(entry.getKey(),
                    AttributeType.decode(required ? code.substring(1) : code), required));
        }
        Map<String, NestedBlock> blocks = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("b").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode b = entry.getValue();
            blocks.put(entry.getKey(), new NestedBlock(entry.getKey(), b.path("m").asInt() == 1,
                    b.path("r").asInt() == 1, decode(b.path("s"))));
        }
        Set<String> computed = new TreeSet<>();
        node.path("c").forEach(c -> computed.add(c.asText()));
        return new BlockSchema(attributes, blocks, computed);
    }
}
