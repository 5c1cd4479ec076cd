package com.haevn.validate.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.config.JsonKinds;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a JSON value can be converted to an argument's type the way Terraform converts it: strings holding
 * "${...}" are expressions and may stand for anything; numbers and bools convert to strings; a string converts
 * to a number when it parses as one and to a bool when it is "true", "false", "1" or "0"; null is always allowed.
 */
public final class ValueConformance {

    private ValueConformance() {
    }

    /** Empty when the value conforms, else a description of the first mismatch ("at [2]: a number is required"). */
    public static Optional<String> mismatch(AttributeType type, JsonNode value) {
        Problem problem = problem(type, value);
        if (problem == null) {
            return Optional.empty();
        }
        return Optional.of((problem.path.isEmpty() ? "" : "at " + problem.path + ": ") + problem.message);
    }

    /** A mismatch and where it is inside the value; the path is built only for values that do not conform. */
    private record Problem(String path, String message) {
        Problem under(String step) {
            return new Problem(step + path, message);
        }
    }

    private static Problem problem(AttributeType type, JsonNode value) {
        if (value == null || value.isNull() || type.kind() == AttributeType.Kind.ANY || isExpression(value)) {
            return null;
        }
        boolean ok = switch (type.kind()) {
            case STRING -> value.isTextual() || value.isNumber() || value.isBoolean();
            case NUMBER -> value.isNumber() || value.isTextual() && parsesAsNumber(value.asText());
            case BOOL -> value.isBoolean() || value.isTextual() && isBoolText(value.asText());
            case LIST -> value.isArray();
            case MAP, OBJECT -> value.isObject();
            case ANY -> true;
        };
        if (!ok) {
            return new Problem("", "a " + type.describe() + " is required, got a " + JsonKinds.of(value)
                    + describeValue(value));
        }
        if (type.kind() == AttributeType.Kind.LIST) {
            for (int i = 0; i < value.size(); i++) {
                Problem inner = problem(type.element(), value.get(i));
                if (inner != null) {
                    return inner.under("[" + i + "]");
                }
            }
        } else if (type.kind() == AttributeType.Kind.MAP) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Problem inner = problem(type.element(), entry.getValue());
                if (inner != null) {
                    return inner.under("[\"" + entry.getKey() + "\"]");
                }
            }
        }
        return null;
    }

    /** A JSON string holding an interpolation or a template directive: its value is only known to Terraform. */
    public static boolean isExpression(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        String text = value.asText();
        return text.contains("${") || text.contains("%{");
    }

    static boolean parsesAsNumber(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || !trimmed.equals(text)) {
            return false;
        }
        try {
            new BigDecimal(trimmed);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isBoolText(String text) {
        return text.equals("true") || text.equals("false") || text.equals("1") || text.equals("0");
    }

    private static String describeValue(JsonNode value) {
        if (value.isValueNode()) {
            String text = value.asText();
            return " (" + (value.isTextual() ? "\"" + abbreviate(text) + "\"" : text) + ")";
        }
        return "";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
