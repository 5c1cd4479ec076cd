package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One entry of a plan's {@code resource_changes} (or {@code resource_drift}), as the report shows it.
 *
 * @param address         the resource instance address
 * @param type            the resource type
 * @param kind            what the plan does to it
 * @param actions         terraform's actions, as written
 * @param previousAddress the address it moves from ({@code previous_address}), or ""
 * @param importId        the id it is imported with ({@code change.importing.id}), "" when imported by identity,
 *                        null when not imported
 * @param actionReason    terraform's {@code action_reason}, or ""
 * @param replacePaths    the attributes that force the replacement
 * @param attributes      the attributes set or changed
 */
public record ResourceChange(String address, String type, ChangeKind kind, List<String> actions,
                             String previousAddress, String importId, String actionReason, List<String> replacePaths,
                             List<AttributeChange> attributes) {

    public ResourceChange {
        actions = List.copyOf(actions);
        replacePaths = List.copyOf(replacePaths);
        attributes = List.copyOf(attributes);
    }

    /** @param drift whether the entry comes from {@code resource_drift} (release-owned attributes are left out) */
    static ResourceChange read(JsonNode entry, boolean drift) {
        JsonNode change = entry.path("change");
        List<String> actions = new ArrayList<>();
        change.path("actions").forEach(a -> actions.add(a.asText()));
        JsonNode importing = change.path("importing");
        String importId = importing.isObject() ? importing.path("id").asText("") : null;
        String previous = entry.path("previous_address").asText("");
        ChangeKind kind = ChangeKind.of(actions, importId != null, !previous.isEmpty());
        Set<String> replacePaths = AttributeDiffs.replacePaths(entry);
        String type = entry.path("type").asText();
        List<AttributeChange> attributes = kind == ChangeKind.DELETE || kind == ChangeKind.NO_OP
                || kind == ChangeKind.FORGET || kind == ChangeKind.MOVE
                ? List.of() : AttributeDiffs.of(type, change, replacePaths, drift);
        return new ResourceChange(entry.path("address").asText(), type, kind, actions, previous, importId,
                entry.path("action_reason").asText(""), List.copyOf(replacePaths), attributes);
    }

    public boolean imported() {
        return importId != null;
    }

    public boolean moved() {
        return !previousAddress.isEmpty();
    }

    /** Nothing to show: unchanged, not moved, not imported. */
    public boolean unchanged() {
        return kind == ChangeKind.NO_OP && !moved() && !imported();
    }

    /** Why it is replaced, in words: terraform's reason and the attributes that force it. */
    public String replaceReason() {
        List<String> parts = new ArrayList<>();
        if (!actionReason.isEmpty()) {
            parts.add(switch (actionReason) {
                case "replace_because_cannot_update" -> "an attribute cannot be updated in place";
                case "replace_because_tainted" -> "the object is tainted";
                case "replace_by_request" -> "replacement requested (-replace)";
                case "replace_by_triggers" -> "replace_triggered_by changed";
                case "delete_because_no_resource_config" -> "no longer in the configuration";
                case "delete_because_no_module" -> "its module is no longer called";
                case "delete_because_count_index" -> "count no longer reaches this index";
                case "delete_because_each_key" -> "for_each no longer has this key";
                case "delete_because_wrong_repetition" -> "count and for_each were swapped";
                case "delete_because_no_move_target" -> "a moved block points nowhere";
                default -> actionReason;
            } + " (" + actionReason + ")");
        }
        if (!replacePaths.isEmpty()) {
            parts.add("forced by " + String.join(", ", replacePaths));
        }
        return String.join("; ", parts);
    }

    /** The order of the actions of a replace: "create before destroy" or "destroy before create". */
    public String replaceOrder() {
        return actions.size() == 2 && actions.get(0).equals("create") ? "create before destroy"
                : "destroy before create";
    }
}
