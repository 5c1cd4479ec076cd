package com.haevn.validate.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan does, for every report: how many resource instances each action concerns, and the stateful
 * resources it destroys. Counted from {@code resource_changes}, data sources included (their action is "read"):
 * a change is one of create, update, replace, delete, no-op, read or forget, and is also counted as an import
 * when it imports the object ({@code change.importing}) and as a move when it has a {@code previous_address}.
 *
 * @param counts              action name to count, every action present, in {@link #ACTIONS} order
 * @param statefulDestructive addresses of stateful resources deleted or replaced, in plan order
 */
public record PlanSummary(Map<String, Integer> counts, List<String> statefulDestructive) {

    /** The actions counted, in the order reports list them. */
    public static final List<String> ACTIONS = List.of("create", "update", "replace", "delete", "no-op", "read",
            "import", "move", "forget");

    public PlanSummary {
        Map<String, Integer> given = counts;
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ACTIONS.forEach(action -> ordered.put(action, given.getOrDefault(action, 0)));
        counts = Collections.unmodifiableMap(ordered);
        statefulDestructive = List.copyOf(statefulDestructive);
    }

    public static PlanSummary of(JsonNode plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode changes = plan.path("resource_changes");
        for (JsonNode change : changes) {
            List<String> actions = new ArrayList<>();
            change.path("change").path("actions").forEach(a -> actions.add(a.asText()));
            counts.merge(action(actions), 1, Integer::sum);
            if (change.path("change").has("importing")) {
                counts.merge("import", 1, Integer::sum);
            }
            if (change.has("previous_address")) {
                counts.merge("move", 1, Integer::sum);
            }
        }
        List<String> stateful = PlannedChange.read(plan).stream()
                .filter(c -> c.destroys() && StatefulTypes.isStateful(c.type())).map(PlannedChange::address).toList();
        return new PlanSummary(counts, stateful);
    }

    private static String action(List<String> actions) {
        if (actions.contains("delete") && actions.contains("create")) {
            return "replace";
        }
        return actions.size() == 1 ? actions.get(0) : String.join(",", actions);
    }

    public int count(String action) {
        return counts.getOrDefault(action, 0);
    }

    /** Terraform's own tally: "N to add" counts creates and replaces, "N to destroy" deletes and replaces. */
    public int toAdd() {
        return count("create") + count("replace");
    }

    public int toChange() {
        return count("update");
    }

    public int toDestroy() {
        return count("delete") + count("replace");
    }

    /** One line: "create 3, update 1, replace 1, delete 0, no-op 0, read 2, import 0, move 0, forget 0". */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        counts.forEach((action, count) -> line.append(line.length() == 0 ? "" : ", ").append(action).append(' ')
                .append(count));
        return line + (statefulDestructive.isEmpty() ? ""
                : "; stateful destroyed: " + String.join(", ", statefulDestructive));
    }
}
