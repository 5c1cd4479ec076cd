package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attributes one plan change sets or alters, leaf by leaf, from its {@code change} object: {@code before},
 * {@code after}, {@code after_unknown}, {@code before_sensitive}, {@code after_sensitive} and the
 * {@code replace_paths} of the entry. Values marked sensitive, or under an attribute whose name sounds secret
 * ({@link SensitiveNames}), are masked on both sides; unknown values read "(known after apply)"; attributes
 * unset on both sides, and equal ones, are left out.
 */
final class AttributeDiffs {

    private final String type;
    private final Set<String> replacePaths;
    private final boolean dropReleaseOwned;
    private final List<AttributeChange> changes = new ArrayList<>();

    private AttributeDiffs(String type, Set<String> replacePaths, boolean dropReleaseOwned) {
        this.type = type;
        this.replacePaths = replacePaths;
        this.dropReleaseOwned = dropReleaseOwned;
    }

    /**
     * @param dropReleaseOwned leave out what the release owns ({@link ReleaseOwnedAttributes}), as drift does
     */
    static List<AttributeChange> of(String type, JsonNode change, Set<String> replacePaths, boolean dropReleaseOwned) {
        AttributeDiffs diffs = new AttributeDiffs(type, replacePaths, dropReleaseOwned);
        diffs.walk("", change.path("before"), change.path("after"), change.path("after_unknown"),
                change.path("before_sensitive"), change.path("after_sensitive"), false,
                !change.path("before").isObject());
        return List.copyOf(diffs.changes);
    }

    /** Renders an attribute path as terraform's replace_paths step list reads: ["a", 0, "b"] → a[0].b. */
    static String path(JsonNode steps) {
        StringBuilder path = new StringBuilder();
        for (JsonNode step : steps) {
            if (step.isNumber()) {
                path.append('[').append(step.asInt()).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(step.asText());
            }
        }
        return path.toString();
    }

    private void walk(String path, JsonNode before, JsonNode after, JsonNode unknown, JsonNode beforeSensitive,
                      JsonNode afterSensitive, boolean secretName, boolean created) {
        if (dropReleaseOwned && !path.isEmpty() && ReleaseOwnedAttributes.owns(type, path)) {
            return;
        }
        boolean sensitive = secretName || beforeSensitive.asBoolean(false) || afterSensitive.asBoolean(false);
        if (unknown.isBoolean() && unknown.asBoolean()) {
            changes.add(new AttributeChange(path, created ? null : render(before, sensitive), AttributeChange.UNKNOWN,
                    forcesReplacement(path)));
            return;
        }
        if (before.isContainerNode() || after.isContainerNode() || unknown.isContainerNode()) {
            boolean objects = before.isObject() || after.isObject() || unknown.isObject();
            if (objects) {
                Set<String> keys = new LinkedHashSet<>();
                before.fieldNames().forEachRemaining(keys::add);
                after.fieldNames().forEachRemaining(keys::add);
                unknown.fieldNames().forEachRemaining(keys::add);
                for (String key : keys) {
                    walk(path.isEmpty() ? key : path + "." + key, before.path(key), after.path(key),
                            unknown.path(key), beforeSensitive.path(key), afterSensitive.path(key),
                            sensitive || SensitiveNames.soundsSecret(key), created);
                }
            } else {
                int size = Math.max(before.size(), Math.max(after.size(), unknown.size()));
                for (int i = 0; i < size; i++) {
                    walk(path + "[" + i + "]", element(before, i), element(after, i), element(unknown, i),
                            element(beforeSensitive, i), element(afterSensitive, i), sensitive, created);
                }
            }
            return;
        }
        if (isNull(before) && isNull(after) || before.equals(after)) {
            return;
        }
        changes.add(new AttributeChange(path, created ? null : render(before, sensitive), render(after, sensitive),
                forcesReplacement(path)));
    }

    private boolean forcesReplacement(String path) {
        for (String replaced : replacePaths) {
            if (path.equals(replaced) || path.startsWith(replaced + ".") || path.startsWith(replaced + "[")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode element(JsonNode array, int index) {
        return array.isArray() && index < array.size() ? array.get(index) : MissingNode.getInstance();
    }

    private static boolean isNull(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    static String render(JsonNode value, boolean sensitive) {
        if (sensitive && !isNull(value)) {
            return AttributeChange.SENSITIVE;
        }
        if (isNull(value)) {
            return "null";
        }
        return value.toString();
    }

    /** Every leaf path of a {@code replace_paths} array. */
    static Set<String> replacePaths(JsonNode entry) {
        Set<String> paths = new LinkedHashSet<>();
        for (Iterator<JsonNode> it = entry.path("change").path("replace_paths").elements(); it.hasNext(); ) {
            paths.add(path(it.next()));
        }
        return paths;
    }
}
