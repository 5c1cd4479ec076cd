package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read-only view over one configuration object (a resource body or a nested block) that knows its JSON Pointer
 * and which of its values are unknown.
 *
 * <p>Works the same over Terraform JSON, where a nested block may be an object or a list of objects and any
 * string holding {@code ${...}} is an expression, and over plan JSON, where nested blocks are lists and values
 * known only after apply are marked in {@code after_unknown}.
 */
public class Block {

    /** Dotted paths split once: rules ask the same few paths of every resource (bounded: tag keys vary). */
    private static final Map<String, String[]> STEPS = new ConcurrentHashMap<>();
    private static final int STEPS_CACHED = 1024;


    private final JsonNode body;
    private final String pointer;
    private final JsonNode unknownMask;

    /**
     * @param body        the object holding the arguments
     * @param pointer     its JSON Pointer in the document
     * @param unknownMask the matching part of a plan's {@code after_unknown}, or null
     */
    public Block(JsonNode body, String pointer, JsonNode unknownMask) {
        this.body = body;
        this.pointer = pointer;
        this.unknownMask = unknownMask;
    }

    public JsonNode body() {
        return body;
    }

    public String pointer() {
        return pointer;
    }

    private static String[] steps(String path) {
        String[] steps = STEPS.get(path);
        if (steps == null) {
            steps = path.split("\\.");
            if (STEPS.size() < STEPS_CACHED) {
                STEPS.put(path, steps);
            }
        }
        return steps;
    }

    /**
     * The value at a dotted path ({@code "versioning_configuration.status"}). A step into a nested block given as a
     * list reads its first element; use {@link #blocks(String)} where a block may repeat.
     */
    public Attr attr(String path) {
        JsonNode node = body;
        JsonNode mask = unknownMask;
        String at = pointer;
        for (String step : steps(path)) {
            if (node != null && node.isArray()) {
                if (node.isEmpty()) {
                    return wholeUnknown(mask) ? Attr.unknown(null, at) : Attr.absent();
                }
                node = node.get(0);
                mask = element(mask, 0);
                at = JsonPointers.child(at, 0);
            }
            if (node != null && isExpression(node)) {
                return Attr.unknown(node, at);
            }
            if (wholeUnknown(mask)) {
                return Attr.unknown(null, at);
            }
            if (node == null || !node.isObject()) {
                return Attr.absent();
            }
            JsonNode next = node.get(step);
            if ((next == null || next.isNull()) && isDynamicBlock(node, step)) {
                return Attr.unknown(node.get("dynamic").get(step), JsonPointers.child(at, "dynamic"));
            }
            mask = mask == null ? null : mask.get(step);
            at = JsonPointers.child(at, step);
            node = next;
        }
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return wholeUnknown(mask) ? Attr.unknown(null, at) : Attr.absent();
        }
        if (isExpression(node) || wholeUnknown(mask)) {
            return Attr.unknown(node, at);
        }
        return Attr.known(node, at);
    }

    /** Every instance of a nested block (object or list of objects); empty when absent or given as an expression. */
    public List<Block> blocks(String name) {
        List<Block> result = new ArrayList<>();
        JsonNode node = body == null ? null : body.get(name);
        JsonNode mask = unknownMask == null ? null : unknownMask.get(name);
        String at = JsonPointers.child(pointer, name);
        if (node == null) {
            return result;
        }
        if (node.isObject()) {
            result.add(new Block(node, at, mask));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject()) {
                    result.add(new Block(node.get(i), JsonPointers.child(at, i), element(mask, i)));
                }
            }
        }
        return result;
    }

    /** True when any value inside this block is unknown (an expression, or marked in after_unknown). */
    public boolean containsUnknown() {
        return containsExpression(body) || containsTrue(unknownMask);
    }

    /** A Terraform JSON string holding an interpolation or template: known to be set, value unknown. */
    public static boolean isExpression(JsonNode node) {
        return node != null && node.isTextual() && (node.asText().contains("${") || node.asText().contains("%{"));
    }

    private static boolean isDynamicBlock(JsonNode node, String name) {
        JsonNode dynamic = node.get("dynamic");
        return dynamic != null && dynamic.isObject() && dynamic.has(name);
    }

    private static boolean wholeUnknown(JsonNode mask) {
        return mask != null && mask.isBoolean() && mask.booleanValue();
    }

    private static JsonNode element(JsonNode mask, int index) {
        if (mask == null) {
            return null;
        }
        return mask.isArray() ? mask.get(index) : mask;
    }

    private static boolean containsExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (containsExpression(child)) {
                    return true;
                }
            }
            return false;
        }
        return isExpression(node);
    }

    private static boolean containsTrue(JsonNode mask) {
        if (mask == null) {
            return false;
        }
        if (mask.isContainerNode()) {
            for (JsonNode child : mask) {
                if (containsTrue(child)) {
                    return true;
                }
            }
            return false;
        }
        return mask.isBoolean() && mask.booleanValue();
    }
}
