package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.haevn.validate.schema.Attribute;
import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.NestedBlock;
import com.haevn.validate.schema.ProviderSchemas;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives mutants of a realistic stack, one change each, in every class the validator claims to judge: misspelt
 * argument, wrong primitive type (and the conversions Terraform accepts), missing required argument, unknown
 * block or resource type, block shape, dangling reference.
 */
final class Mutator {

    static final String MISSPELT = "misspelt argument";
    static final String WRONG_TYPE = "wrong primitive type";
    static final String CONVERTED = "accepted conversion";
    static final String MISSING = "missing required argument";
    static final String UNKNOWN_BLOCK = "unknown block";
    static final String UNKNOWN_TYPE = "unknown resource type";
    static final String BLOCK_SHAPE = "block shape";
    static final String DANGLING = "dangling reference";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([a-z0-9_]+)\\.([a-z0-9_]+)");
    private static final Pattern VAR_OR_LOCAL = Pattern.compile("\\$\\{(var|local)\\.([a-z0-9_]+)");

    private final ProviderSchemas schemas;

    Mutator(ProviderSchemas schemas) {
        this.schemas = schemas;
    }

    List<Mutant> mutate(String stack, ObjectNode base) {
        List<Mutant> mutants = new ArrayList<>();
        JsonNode resources = base.path("resource");
        for (Iterator<Map.Entry<String, JsonNode>> types = resources.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            Optional<BlockSchema> schema = schemas.resource(type.getKey());
            if (schema.isEmpty()) {
                continue;
            }
            for (Iterator<String> names = type.getValue().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String address = type.getKey() + "." + name;
                ObjectNode body = (ObjectNode) type.getValue().get(name);
                resourceMutants(stack, base, type.getKey(), name, address, body, schema.get(), mutants);
            }
        }
        referenceMutants(stack, base, mutants);
        return mutants;
    }

    private void resourceMutants(String stack, ObjectNode base, String type, String name, String address,
                                 ObjectNode body, BlockSchema schema, List<Mutant> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            Attribute attribute = schema.attributes().get(key);
            NestedBlock block = schema.blocks().get(key);
            if (attribute == null && block == null) {
                continue; // meta-arguments
            }
            String typo = typo(key, schema);
            out.add(edit(stack, base, type, name, MISSPELT, address + ": " + key + " -> " + typo, b -> {
                JsonNode moved = b.remove(key);
                b.set(typo, moved);
            }));
            if (attribute != null && !isExpression(value)) {
                typeMutants(stack, base, type, name, address, key, attribute, value, out);
            }
            if (attribute != null && attribute.required()) {
                Mutant without = edit(stack, base, type, name, MISSING, address + ": without " + key, b -> b.remove(key));
                out.add(new Mutant(without.stack(), without.kind(), without.description(), without.document(),
                        new Mutant.Removed(type, key)));
            }
            if (block != null && block.single() && value.isObject()) {
                out.add(edit(stack, base, type, name, BLOCK_SHAPE, address + ": " + key + " as a list of one",
                        b -> b.set(key, JsonNodeFactory.instance.arrayNode().add(value.deepCopy()))));
                out.add(edit(stack, base, type, name, BLOCK_SHAPE, address + ": " + key + " twice",
                        b -> b.set(key, JsonNodeFactory.instance.arrayNode().add(value.deepCopy())
                                .add(value.deepCopy()))));
                out.add(edit(stack, base, type, name, BLOCK_SHAPE, address + ": " + key + " as a string",
                        b -> b.put(key, "enabled")));
            }
            if (block != null && !block.single() && value.isArray() && value.size() == 1) {
                out.add(edit(stack, base, type, name, BLOCK_SHAPE, address + ": " + key + " as one object",
                        b -> b.set(key, value.get(0).deepCopy())));
                out.add(edit(stack, base, type, name, BLOCK_SHAPE, address + ": " + key + " element as a number",
                        b -> b.set(key, JsonNodeFactory.instance.arrayNode().add(7))));
            }
        }
        out.add(edit(stack, base, type, name, UNKNOWN_BLOCK, address + ": extra block bogus_settings",
                b -> b.putObject("bogus_settings").put("enabled", true)));
        String badType = typo(type, null);
        out.add(mutant(stack, base, UNKNOWN_TYPE, address + ": type -> " + badType, doc -> {
            ObjectNode resources = (ObjectNode) doc.get("resource");
            ObjectNode ofType = (ObjectNode) resources.get(type);
            JsonNode moved = ofType.remove(name);
            if (ofType.isEmpty()) {
                resources.remove(type);
            }
            resources.withObject("/" + badType).set(name, moved);
        }));
    }

    private void typeMutants(String stack, ObjectNode base, String type, String name, String address, String key,
                             Attribute attribute, JsonNode value, List<Mutant> mutants) {
        // each wrong-type mutant names its argument, for the harness to compare the oracle's type of it
        List<Mutant> out = new ArrayList<>();
        switch (attribute.type().kind()) {
            case NUMBER -> {
                out.add(edit(stack, base, type, name, WRONG_TYPE, address + ": " + key + " = \"soon\"",
                        b -> b.put(key, "soon")));
                if (value.isNumber()) {
                    out.add(edit(stack, base, type, name, CONVERTED, address + ": " + key + " as a string",
                            b -> b.put(key, value.asText())));
                }
            }
            case BOOL -> {
                out.add(edit(stack, base, type, name, WRONG_TYPE, address + ": " + key + " = \"maybe\"",
                        b -> b.put(key, "maybe")));
                out.add(edit(stack, base, type, name, WRONG_TYPE, address + ": " + key + " = 1",
                        b -> b.put(key, 1)));
                if (value.isBoolean()) {
                    out.add(edit(stack, base, type, name, CONVERTED, address + ": " + key + " as a string",
                            b -> b.put(key, value.asText())));
                    out.add(edit(stack, base, type, name, CONVERTED, address + ": " + key + " as \"1\"/\"0\"",
                            b -> b.put(key, value.asBoolean() ? "1" : "0")));
                }
            }
            case STRING -> out.add(edit(stack, base, type, name, WRONG_TYPE, address + ": " + key + " as a list",
                    b -> b.set(key, JsonNodeFactory.instance.arrayNode().add(value.deepCopy()))));
            case LIST, MAP -> out.add(edit(stack, base, type, name, WRONG_TYPE, address + ": " + key
                    + " as a plain string", b -> b.put(key, "plain")));
            default -> { }
        }
        for (Mutant m : out) {
            mutants.add(m.kind().equals(WRONG_TYPE) ? new Mutant(m.stack(), m.kind(), m.description(), m.document(),
                    new Mutant.Removed(type, key)) : m);
        }
    }

    /** In each string holding references: rename the resource, the attribute, the variable or the local. */
    private void referenceMutants(String stack, ObjectNode base, List<Mutant> out) {
        List<String> pointers = new ArrayList<>();
        collectStrings(base.path("resource"), "/resource", pointers);
        collectStrings(base.path("output"), "/output", pointers);
        for (String pointer : pointers) {
            String text = base.at(pointer).asText();
            Matcher m = REFERENCE.matcher(text);
            if (m.find() && !m.group(1).equals("count") && !m.group(1).equals("each")) {
                boolean data = m.group(1).equals("data");
                String renamedName = text.substring(0, m.start(2)) + m.group(2) + "x" + text.substring(m.end(2));
                out.add(replace(stack, base, pointer, renamedName, pointer + ": " + (data ? "data source" : "resource")
                        + " name " + m.group(2) + " -> " + m.group(2) + "x"));
                if (!data) {
                    String renamedAttribute = text.substring(0, m.start(3)) + m.group(3) + "x"
                            + text.substring(m.end(3));
                    out.add(replace(stack, base, pointer, renamedAttribute, pointer + ": attribute " + m.group(3)
                            + " -> " + m.group(3) + "x"));
                }
            }
            Matcher v = VAR_OR_LOCAL.matcher(text);
            if (v.find()) {
                String renamed = text.substring(0, v.start(2)) + v.group(2) + "x" + text.substring(v.end(2));
                out.add(replace(stack, base, pointer, renamed, pointer + ": " + v.group(1) + "." + v.group(2)
                        + " -> " + v.group(2) + "x"));
            }
        }
    }

    private static void collectStrings(JsonNode node, String pointer, List<String> into) {
        if (node.isTextual() && node.asText().contains("${")) {
            into.add(pointer);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("lifecycle") && !e.getKey().equals("depends_on")) {
                    collectStrings(e.getValue(), pointer + "/" + e.getKey(), into);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectStrings(node.get(i), pointer + "/" + i, into);
            }
        }
    }

    private Mutant replace(String stack, ObjectNode base, String pointer, String text, String description) {
        return mutant(stack, base, DANGLING, description, doc -> {
            int slash = pointer.lastIndexOf('/');
            JsonNode parent = doc.at(pointer.substring(0, slash));
            String last = pointer.substring(slash + 1);
            if (parent instanceof ObjectNode object) {
                object.set(last, TextNode.valueOf(text));
            } else if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), TextNode.valueOf(text));
            }
        });
    }

    private Mutant edit(String stack, ObjectNode base, String type, String name, String kind, String description,
                        Consumer<ObjectNode> change) {
        return mutant(stack, base, kind, description, doc -> change.accept((ObjectNode) doc.get("resource")
                .get(type).get(name)));
    }

    private static Mutant mutant(String stack, ObjectNode base, String kind, String description,
                                 Consumer<ObjectNode> change) {
        ObjectNode copy = base.deepCopy();
        change.accept(copy);
        return new Mutant(stack, kind, description, copy);
    }

    /** A deterministic typo that is not a valid name of the block: drop the first vowel after position 1. */
    private static String typo(String name, BlockSchema schema) {
        for (int i = 2; i < name.length(); i++) {
            if ("aeiou".indexOf(name.charAt(i)) >= 0) {
                String candidate = name.substring(0, i) + name.substring(i + 1);
                if (schema == null || !schema.readable(candidate)) {
                    return candidate;
                }
            }
        }
        return name + "x";
    }

    private static boolean isExpression(JsonNode value) {
        return value.isTextual() && value.asText().contains("${");
    }

}
