package com.haevn.tfmodules;

import java.util.Objects;

/**
 * One {@code output} block of a generated module.
 *
 * @param name        the output's name, snake_case
 * @param description what it holds
 * @param value       the construct's value: a token string or a list of them
 */
public record ModuleOutput(String name, String description, Object value) {
    public ModuleOutput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("output " + name + " needs a description");
        }
    }
}
