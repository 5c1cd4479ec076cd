package com.haevn.validate.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compiles the output of {@code terraform providers schema -json} (the schema of the provider versions a
 * configuration really uses) into the validator's compact schema entries. Read as a stream, one type at a time:
 * the AWS provider's schema is about 100 MB of JSON.
 */
final class TerraformSchemaReader {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 * 1024 * 1024).build()).build());

    private TerraformSchemaReader() {
    }

    /** Entries by kind and name (provider entries by their local name, "aws"), as {@link SchemaFile} stores them. */
    static Map<SchemaKind, Map<String, String>> read(InputStream in) throws IOException {
        Map<SchemaKind, Map<String, String>> entries = new EnumMap<>(SchemaKind.class);
        for (SchemaKind kind : SchemaKind.values()) {
            entries.put(kind, new TreeMap<>());
        }
        boolean sawProviders = false;
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not the output of `terraform providers schema -json` (no JSON object)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("provider_schemas") && parser.currentToken() == JsonToken.START_OBJECT) {
                    sawProviders = true;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String source = parser.currentName();
                        parser.nextToken();
                        readProvider(parser, source.substring(source.lastIndexOf('/') + 1), entries);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (!sawProviders) {
            throw new IOException("not the output of `terraform providers schema -json` (no \"provider_schemas\")");
        }
        return entries;
    }

    private static void readProvider(JsonParser parser, String provider, Map<SchemaKind, Map<String, String>> entries)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            SchemaKind kind = switch (field) {
                case "resource_schemas" -> SchemaKind.RESOURCE;
                case "data_source_schemas" -> SchemaKind.DATA_SOURCE;
                default -> null;
            };
            if (field.equals("provider")) {
                JsonNode schema = MAPPER.readTree(parser);
                entries.get(SchemaKind.PROVIDER).put(provider, encode(schema.path("block")));
            } else if (kind != null && parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String type = parser.currentName();
                    parser.nextToken();
                    JsonNode schema = MAPPER.readTree(parser);
                    entries.get(kind).put(type, encode(schema.path("block")));
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static String encode(JsonNode block) {
        return SchemaCodec.encode(block(block)).toString();
    }

    /** Terraform's block schema as a {@link BlockSchema}: computed-only attributes are readable, not settable. */
    static BlockSchema block(JsonNode block) {
        Map<String, Attribute> attributes = new HashMap<>();
        Set<String> computed = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = block.path("attributes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode attribute = entry.getValue();
            boolean required = attribute.path("required").asBoolean(false);
            boolean optional = attribute.path("optional").asBoolean(false);
            if (attribute.path("computed").asBoolean(false) && !required && !optional) {
                computed.add(entry.getKey());
            } else {
                AttributeType type = attribute.has("type") ? type(attribute.get("type")) : AttributeType.ANY;
                attributes.put(entry.getKey(), new Attribute(entry.getKey(), type, required));
            }
        }
        Map<String, NestedBlock> blocks = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = block.path("block_types").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode nested = entry.getValue();
            String mode = nested.path("nesting_mode").asText("list");
            boolean single = mode.equals("single") || mode.equals("group") || nested.path("max_items").asInt(0) == 1;
            boolean required = nested.path("min_items").asInt(0) >= 1;
            blocks.put(entry.getKey(), new NestedBlock(entry.getKey(), single, required, block(nested.path("block"))));
        }
        return new BlockSchema(attributes, blocks, computed);
    }

    /** "string", ["list", "number"], ["map", "bool"], ["object", {...}]... as far as the validator tells types. */
    private static AttributeType type(JsonNode type) {
        if (type.isTextual()) {
            return switch (type.asText()) {
                case "string" -> AttributeType.STRING;
                case "number" -> AttributeType.NUMBER;
                case "bool" -> AttributeType.BOOL;
                default -> AttributeType.ANY;
            };
        }
        if (type.isArray() && type.size() == 2) {
            String collection = type.get(0).asText();
            if (collection.equals("list") || collection.equals("set")) {
                return new AttributeType(AttributeType.Kind.LIST, type(type.get(1)));
            }
            if (collection.equals("map")) {
                return new AttributeType(AttributeType.Kind.MAP, type(type.get(1)));
            }
            if (collection.equals("object")) {
                return AttributeType.OBJECT;
            }
        }
        return AttributeType.ANY;
    }
}
