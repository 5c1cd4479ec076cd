package com.haevn.validate.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What a plan does, for a pull-request report: counts per action and the stateful resources it destroys.
 *
 * @param creates             resources created
 * @param updates             resources updated in place
 * @param deletes             resources destroyed
 * @param replaces            resources destroyed and recreated (either order)
 * @param statefulDestructive addresses of stateful resources deleted or replaced, in plan order
 */
public record PlanSummary(int creates, int updates, int deletes, int replaces, List<String> statefulDestructive) {

    public PlanSummary {
        statefulDestructive = List.copyOf(statefulDestructive);
    }

    public static PlanSummary of(JsonNode plan) {
        return of(PlannedChange.read(plan));
    }

    public static PlanSummary of(List<PlannedChange> changes) {
        int creates = 0;
        int updates = 0;
        int deletes = 0;
        int replaces = 0;
        for (PlannedChange change : changes) {
            if (change.isReplace()) {
                replaces++;
            } else if (change.isDelete()) {
                deletes++;
            } else if (change.isCreate()) {
                creates++;
            } else if (change.isUpdate()) {
                updates++;
            }
        }
        List<String> stateful = changes.stream().filter(c -> c.destroys() && StatefulTypes.isStateful(c.type()))
                .map(PlannedChange::address).toList();
        return new PlanSummary(creates, updates, deletes, replaces, stateful);
    }

    /** One line: "Plan: 3 to add, 1 to change, 0 to destroy, 1 to replace; stateful destroyed: aws_rds_cluster.core". */
    public String oneLine() {
        return "Plan: " + creates + " to add, " + updates + " to change, " + deletes + " to destroy, " + replaces
                + " to replace" + (statefulDestructive.isEmpty() ? ""
                : "; stateful destroyed: " + String.join(", ", statefulDestructive));
    }
}
