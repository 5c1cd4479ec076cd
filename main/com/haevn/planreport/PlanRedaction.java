package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A plan JSON ({@code terraform show -json}) with every value terraform marks sensitive replaced by
 * {@value AttributeChange#SENSITIVE}, so that it can be kept as a CI artifact. Terraform writes such values in clear
 * text beside their marks: resource changes and drift ({@code before}/{@code after} with {@code *_sensitive}),
 * planned and prior values ({@code values} with {@code sensitive_values}), outputs marked {@code sensitive}, and the
 * input {@code variables} whose configuration says {@code sensitive}. Everything else, including the shape of the
 * document, stays as it was: the plan report and the change-control check read a redacted plan as they read the
 * original, but see no secret.
 */
public final class PlanRedaction {

    static final TextNode MASK = TextNode.valueOf(AttributeChange.SENSITIVE);

    private PlanRedaction() {
    }

    /** Redacts {@code plan} in place and returns it. */
    public static ObjectNode redact(ObjectNode plan) {
        for (String changes : new String[]{"resource_changes", "resource_drift"}) {
            for (JsonNode entry : plan.path(changes)) {
                JsonNode change = entry.path("change");
                if (change instanceof ObjectNode object) {
                    masked(object, "before", change.path("before_sensitive"));
                    masked(object, "after", change.path("after_sensitive"));
                }
            }
        }
        plan.path("output_changes").fields().forEachRemaining(output -> {
            if (output.getValue() instanceof ObjectNode change) {
                masked(change, "before", change.path("before_sensitive"));
                masked(change, "after", change.path("after_sensitive"));
            }
        });
        redactValues(plan.path("planned_values"));
        redactValues(plan.path("prior_state").path("values"));
        JsonNode declared = plan.path("configuration").path("root_module").path("variables");
        plan.path("variables").fields().forEachRemaining(variable -> {
            if (declared.path(variable.getKey()).path("sensitive").asBoolean(false)
                    && variable.getValue() instanceof ObjectNode value && value.has("value")) {
                value.set("value", MASK);
            }
        });
        return plan;
    }

    /** A {@code values} document: outputs marked sensitive, and each resource's values under its marks. */
    private static void redactValues(JsonNode values) {
        values.path("outputs").fields().forEachRemaining(output -> {
            if (output.getValue().path("sensitive").asBoolean(false) && output.getValue() instanceof ObjectNode o
                    && o.has("value")) {
                o.set("value", MASK);
            }
        });
        redactModule(values.path("root_module"));
    }

    private static void redactModule(JsonNode module) {
        for (JsonNode resource : module.path("resources")) {
            if (resource instanceof ObjectNode object) {
                masked(object, "values", resource.path("sensitive_values"));
            }
        }
        for (JsonNode child : module.path("child_modules")) {
            redactModule(child);
        }
    }

    /** Replaces what {@code marks} marks {@code true} under {@code parent.field}, following its objects and lists. */
    private static void masked(ObjectNode parent, String field, JsonNode marks) {
        if (!parent.has(field) || parent.get(field).isNull()) {
            return;
        }
        if (marks.isBoolean()) {
            if (marks.asBoolean()) {
                parent.set(field, MASK);
            }
            return;
        }
        JsonNode value = parent.get(field);
        if (marks.isObject() && value instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = marks.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> mark = it.next();
                masked(object, mark.getKey(), mark.getValue());
            }
        } else if (marks.isArray() && value instanceof ArrayNode array) {
            for (int i = 0; i < Math.min(marks.size(), array.size()); i++) {
                maskedElement(array, i, marks.get(i));
            }
        }
    }

    private static void maskedElement(ArrayNode array, int index, JsonNode marks) {
        if (marks.isBoolean()) {
            if (marks.asBoolean()) {
                array.set(index, MASK);
            }
            return;
        }
        JsonNode value = array.get(index);
        if (marks.isObject() && value instanceof ObjectNode object) {
            marks.fields().forEachRemaining(mark -> masked(object, mark.getKey(), mark.getValue()));
        } else if (marks.isArray() && value instanceof ArrayNode inner) {
            for (int i = 0; i < Math.min(marks.size(), inner.size()); i++) {
                maskedElement(inner, i, marks.get(i));
            }
        }
    }
}
