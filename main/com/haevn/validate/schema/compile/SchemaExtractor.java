package com.haevn.validate.schema.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.schema.Attribute;
import com.haevn.validate.schema.AttributeType;
import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.NestedBlock;
import com.haevn.validate.schema.SchemaKind;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Derives Terraform schemas from the jsii types of one cdktf provider package: each resource, data source and
 * provider class gives its Terraform name (docs link), its configuration struct (arguments and nested blocks,
 * required or optional, typed) and its computed attributes (getters with no configuration counterpart).
 */
public final class SchemaExtractor {

    private static final String RESOURCE_BASE = "cdktf.TerraformResource";
    private static final String DATA_SOURCE_BASE = "cdktf.TerraformDataSource";
    private static final String PROVIDER_BASE = "cdktf.TerraformProvider";
    private static final String RESOLVABLE = "cdktf.IResolvable";
    private static final int MAX_NESTING = 32;

    private final Map<String, JsiiType> types;
    private final Map<String, BlockSchema> structs = new HashMap<>();

    public SchemaExtractor(Map<String, JsiiType> types) {
        this.types = types;
    }

    /** Schemas by kind and Terraform name. */
    public Map<SchemaKind, Map<String, BlockSchema>> extract() {
        Map<SchemaKind, Map<String, BlockSchema>> out = new EnumMap<>(SchemaKind.class);
        for (SchemaKind kind : SchemaKind.values()) {
            out.put(kind, new HashMap<>());
        }
        for (JsiiType type : types.values()) {
            if (!type.kind().equals("class")) {
                continue;
            }
            switch (type.base()) {
                case RESOURCE_BASE, DATA_SOURCE_BASE -> TerraformNames.typeName(type.summary()).ifPresent(name -> {
                    SchemaKind kind = type.base().equals(RESOURCE_BASE) ? SchemaKind.RESOURCE : SchemaKind.DATA_SOURCE;
                    classSchema(type).ifPresent(schema -> out.get(kind).put(name, schema));
                });
                case PROVIDER_BASE -> TerraformNames.providerName(type.summary()).ifPresent(name ->
                        classSchema(type).ifPresent(schema -> out.get(SchemaKind.PROVIDER).put(name, schema)));
                default -> { }
            }
        }
        return out;
    }

    private Optional<BlockSchema> classSchema(JsiiType type) {
        String configFqn = type.configFqn().isEmpty() ? type.fqn() + "Config" : type.configFqn();
        JsiiType config = types.get(configFqn);
        if (config == null) {
            return Optional.empty();
        }
        BlockSchema arguments = struct(config, 0);
        Set<String> configured = new HashSet<>();
        config.properties().forEach(p -> configured.add(p.name()));
        Set<String> computed = new HashSet<>();
        for (JsiiType.Property property : type.properties()) {
            String name = property.name();
            if (property.isStatic() || name.endsWith("Input") || configured.contains(name)) {
                continue;
            }
            String terraformName = TerraformNames.snakeCase(name);
            if (!arguments.attributes().containsKey(terraformName) && !arguments.blocks().containsKey(terraformName)) {
                computed.add(terraformName);
            }
        }
        return Optional.of(new BlockSchema(arguments.attributes(), arguments.blocks(), computed));
    }

    private BlockSchema struct(JsiiType struct, int depth) {
        BlockSchema known = structs.get(struct.fqn());
        if (known != null) {
            return known;
        }
        Map<String, Attribute> attributes = new HashMap<>();
        Map<String, NestedBlock> blocks = new HashMap<>();
        for (JsiiType.Property property : struct.properties()) {
            String name = TerraformNames.argumentName(property.name(), property.docs());
            boolean required = !property.optional();
            Optional<JsiiType> single = structRef(property.type());
            Optional<JsiiType> list = structListRef(property.type());
            if (single.isPresent() && depth < MAX_NESTING) {
                blocks.put(name, new NestedBlock(name, true, required, struct(single.get(), depth + 1)));
            } else if (list.isPresent() && depth < MAX_NESTING) {
                blocks.put(name, new NestedBlock(name, false, required, struct(list.get(), depth + 1)));
            } else {
                attributes.put(name, new Attribute(name, attributeType(property.type()), required));
            }
        }
        BlockSchema schema = new BlockSchema(attributes, blocks, Set.of());
        structs.put(struct.fqn(), schema);
        return schema;
    }

    /** A plain struct reference: a block that may appear at most once. */
    private Optional<JsiiType> structRef(JsonNode type) {
        if (type.has("fqn")) {
            JsiiType target = types.get(type.get("fqn").asText());
            if (target != null && target.kind().equals("interface")) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    /** {@code IResolvable | Struct[]} or {@code Struct[]}: a repeatable block. */
    private Optional<JsiiType> structListRef(JsonNode type) {
        JsonNode collection = type.path("collection");
        if (collection.path("kind").asText().equals("array")) {
            return structRef(collection.path("elementtype"));
        }
        for (JsonNode member : type.path("union").path("types")) {
            Optional<JsiiType> inner = structListRef(member);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return Optional.empty();
    }

    static AttributeType attributeType(JsonNode type) {
        if (type.has("primitive")) {
            return switch (type.get("primitive").asText()) {
                case "string" -> AttributeType.STRING;
                case "number" -> AttributeType.NUMBER;
                case "boolean" -> AttributeType.BOOL;
                default -> AttributeType.ANY;
            };
        }
        JsonNode collection = type.path("collection");
        if (!collection.isMissingNode()) {
            AttributeType element = attributeType(collection.path("elementtype"));
            return new AttributeType(collection.path("kind").asText().equals("map")
                    ? AttributeType.Kind.MAP : AttributeType.Kind.LIST, element);
        }
        AttributeType found = AttributeType.ANY;
        for (JsonNode member : type.path("union").path("types")) {
            if (member.path("fqn").asText().equals(RESOLVABLE)) {
                continue; // a token: stands for any expression, not a type of its own
            }
            AttributeType candidate = attributeType(member);
            if (found != AttributeType.ANY && !found.equals(candidate)) {
                return AttributeType.ANY;
            }
            found = candidate;
        }
        return found;
    }
}
