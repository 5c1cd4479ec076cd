package com.haevn.validate.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Names a JSON value's kind for messages ("object", "array", "string", ...). */
public final class JsonKinds {

    private JsonKinds() {
    }

    public static String of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        return node.isBoolean() ? "boolean" : "value";
    }
}
