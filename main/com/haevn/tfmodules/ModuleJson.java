package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/** Edits of a generated module's JSON for {@link ModuleRecipe#adjust}. */
final class ModuleJson {

    private ModuleJson() {
    }

    /** The resource {@code type.name}; fails when the construct no longer makes it. */
    static ObjectNode resource(ObjectNode module, String type, String name) {
        JsonNode resource = module.path("resource").path(type).path(name);
        if (!(resource instanceof ObjectNode body)) {
            throw new IllegalStateException("the construct makes no " + type + "." + name + "; update the recipe");
        }
        return body;
    }

    /** Replaces {@code from} by {@code to} in every string of the module; fails when {@code from} occurs nowhere. */
    static void replaceEverywhere(ObjectNode module, String from, String to) {
        if (!replace(module, from, to)) {
            throw new IllegalStateException("\"" + from + "\" occurs nowhere in the module; update the recipe");
        }
    }

    private static boolean replace(JsonNode node, String from, String to) {
        boolean found = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual() && field.getValue().asText().contains(from)) {
                    field.setValue(new TextNode(field.getValue().asText().replace(from, to)));
                    found = true;
                } else {
                    found |= replace(field.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual() && array.get(i).asText().contains(from)) {
                    array.set(i, new TextNode(array.get(i).asText().replace(from, to)));
                    found = true;
                } else {
                    found |= replace(array.get(i), from, to);
                }
            }
        }
        return found;
    }
}
