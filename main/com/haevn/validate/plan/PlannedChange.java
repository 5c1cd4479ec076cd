package com.haevn.validate.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a plan's {@code resource_changes}.
 *
 * @param address      the resource address
 * @param type         the resource type
 * @param actions      Terraform's actions: ["create"], ["update"], ["delete"], ["delete","create"],
 *                     ["create","delete"], ["no-op"], ["read"]
 * @param actionReason Terraform's {@code action_reason} ("replace_because_cannot_update"...) or ""
 * @param pointer      JSON Pointer of the entry
 */
public record PlannedChange(String address, String type, List<String> actions, String actionReason,
                            String pointer) {

    public PlannedChange {
        actions = List.copyOf(actions);
    }

    /** Every managed-resource change of a plan, in plan order. */
    public static List<PlannedChange> read(JsonNode plan) {
        List<PlannedChange> result = new ArrayList<>();
        JsonNode changes = plan.path("resource_changes");
        for (int i = 0; i < changes.size(); i++) {
            JsonNode change = changes.get(i);
            if ("data".equals(change.path("mode").asText())) {
                continue;
            }
            List<String> actions = new ArrayList<>();
            change.path("change").path("actions").forEach(a -> actions.add(a.asText()));
            result.add(new PlannedChange(change.path("address").asText(), change.path("type").asText(), actions,
                    change.path("action_reason").asText(""), "/resource_changes/" + i));
        }
        return result;
    }

    public boolean isReplace() {
        return actions.contains("delete") && actions.contains("create");
    }

    /** A plain delete or either kind of replace: the existing object goes away. */
    public boolean destroys() {
        return actions.contains("delete");
    }

    public boolean isCreate() {
        return actions.equals(List.of("create"));
    }

    public boolean isUpdate() {
        return actions.equals(List.of("update"));
    }

    public boolean isDelete() {
        return actions.equals(List.of("delete"));
    }

    /** How the action reads in a message: "delete", "replace (create before destroy)". */
    public String describe() {
        if (isReplace()) {
            return actions.get(0).equals("create") ? "replace (create before destroy)" : "replace (destroy then create)";
        }
        return String.join(", ", actions);
    }
}
