package com.haevn.tfmodules;

import java.util.Objects;

/**
 * A placeholder value the construct is synthesized with, and the Terraform expression that replaces it in the
 * module. A String placeholder is replaced wherever it occurs in a string (names, ARNs, policies); a Number only where
 * a whole value equals it.
 *
 * @param placeholder the value given to the construct: distinctive enough to occur nowhere else
 * @param expression  what replaces it, e.g. {@code ${var.name}}
 * @param nameToken   what replaces it in resource names (a placeholder zone in {@code public-<zone>}), or null
 */
public record Substitution(Object placeholder, String expression, String nameToken) {
    public Substitution {
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(expression, "expression");
        if (!(placeholder instanceof String || placeholder instanceof Integer)) {
            throw new IllegalArgumentException("a placeholder is a String or an Integer, got " + placeholder);
        }
    }

    /** {@code placeholder} becomes {@code ${var.<variable>}}. */
    public static Substitution variable(Object placeholder, String variable) {
        return new Substitution(placeholder, "${var." + variable + "}", null);
    }

    /** {@code placeholder} becomes {@code expression}; in resource names it becomes {@code nameToken}. */
    public static Substitution named(String placeholder, String expression, String nameToken) {
        return new Substitution(placeholder, expression, nameToken);
    }

    /** The placeholder as it reads in text. */
    public String text() {
        return placeholder.toString();
    }
}
