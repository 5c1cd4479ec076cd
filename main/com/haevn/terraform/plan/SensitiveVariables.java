package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Dummy values for a stack's sensitive variables that have no default: in CI their values come from secrets at plan
 * time (the front door's origin header, for one); an offline plan has no secrets and gets a value of the declared type.
 */
final class SensitiveVariables {

    private SensitiveVariables() {
    }

    /** A tfvars JSON object: a dummy for every sensitive variable without a default, by name. */
    static ObjectNode dummies(SynthesizedStack stack) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> variables = stack.configuration().path("variable").fields();
        while (variables.hasNext()) {
            Map.Entry<String, JsonNode> variable = variables.next();
            JsonNode declaration = variable.getValue();
            if (declaration.path("sensitive").asBoolean(false) && !declaration.has("default")) {
                String type = declaration.path("type").asText("string").replace(" ", "")
                        .replaceAll("^\\$\\{(.*)}$", "$1");
                if (type.startsWith("number")) {
                    values.put(variable.getKey(), 1);
                } else if (type.startsWith("bool")) {
                    values.put(variable.getKey(), false);
                } else if (type.startsWith("list(") || type.startsWith("set(") || type.startsWith("tuple(")) {
                    values.putArray(variable.getKey());
                } else if (type.startsWith("map(") || type.startsWith("object(")) {
                    values.putObject(variable.getKey());
                } else {
                    values.put(variable.getKey(), "offline-plan-dummy-" + variable.getKey().replace('_', '-')
                            + "-0123456789abcdef");
                }
            }
        }
        return values;
    }
}
