package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * One attribute value as a rule sees it: known (a literal), unknown (a Terraform expression, or a plan value
 * that is only known after apply) or absent (not set, so the provider default applies).
 *
 * <p>Rules decide only on known or absent values: an unknown value is never reported, because what it will
 * be cannot be told before apply.
 */
public final class Attr {

    private enum State { KNOWN, UNKNOWN, ABSENT }

    private static final Attr ABSENT = new Attr(State.ABSENT, null, "");

    private final State state;
    private final JsonNode node;
    private final String pointer;

    private Attr(State state, JsonNode node, String pointer) {
        this.state = state;
        this.node = node;
        this.pointer = pointer;
    }

    public static Attr known(JsonNode node, String pointer) {
        return new Attr(State.KNOWN, node, pointer);
    }

    /** An unknown value; {@code expression} is the node holding the expression text, or null in a plan. */
    public static Attr unknown(JsonNode expression, String pointer) {
        return new Attr(State.UNKNOWN, expression, pointer);
    }

    public static Attr absent() {
        return ABSENT;
    }

    public boolean isKnown() {
        return state == State.KNOWN;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    public boolean isAbsent() {
        return state == State.ABSENT;
    }

    /** Set in the configuration, whether its value is known or not. */
    public boolean isSet() {
        return state != State.ABSENT;
    }

    /** The JSON Pointer of the value (for locations), "" when absent. */
    public String pointer() {
        return pointer;
    }

    /** The known node, or the expression text node of an unknown one, or null. */
    public JsonNode node() {
        return node;
    }

    /** The Terraform expression text ("${aws_s3_bucket.x.id}") of an unknown value in Terraform JSON, if any. */
    public Optional<String> expression() {
        return state == State.UNKNOWN && node != null && node.isTextual() ? Optional.of(node.asText())
                : Optional.empty();
    }

    public Optional<String> text() {
        if (state != State.KNOWN || node == null || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** The known value as a boolean; Terraform JSON also accepts the strings "true"/"false". */
    public Optional<Boolean> bool() {
        if (state != State.KNOWN || node == null) {
            return Optional.empty();
        }
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isTextual() && ("true".equals(node.asText()) || "false".equals(node.asText()))) {
            return Optional.of(Boolean.parseBoolean(node.asText()));
        }
        return Optional.empty();
    }

    /** The known value as a whole number; Terraform JSON also accepts numeric strings. */
    public Optional<Long> number() {
        if (state != State.KNOWN || node == null) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.asLong());
        }
        if (node.isTextual()) {
            try {
                return Optional.of(Long.parseLong(node.asText().trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public boolean isTrue() {
        return bool().orElse(false);
    }

    /** Known to be false, or absent (callers use this where the provider default is false). */
    public boolean isFalseOrAbsent() {
        return isAbsent() || (isKnown() && (node.isNull() || bool().map(b -> !b).orElse(false)));
    }

    /** Known to be null (plan JSON writes unset attributes as null). */
    public boolean isNull() {
        return isKnown() && node.isNull();
    }

    /** How the value reads in a message: the literal, the expression, "unknown until apply" or "not set". */
    public String display() {
        return switch (state) {
            case ABSENT -> "not set";
            case UNKNOWN -> expression().map(e -> "\"" + e + "\"").orElse("unknown until apply");
            case KNOWN -> node.isNull() ? "null" : node.isTextual() ? "\"" + node.asText() + "\"" : node.toString();
        };
    }

    @Override
    public String toString() {
        return display();
    }
}
