package com.haevn.tfmodules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code variable} block of a generated Terraform module.
 *
 * @param name         the variable's name, snake_case
 * @param type         its Terraform type constraint, e.g. {@code string}, {@code list(string)}, {@code number}
 * @param description  what it sets, with unit and default where they apply; never blank
 * @param defaultValue its default (a String, Number, Boolean, List or null for a nullable default); empty when the
 *                     input is required
 * @param validations  the checks the construct makes on the value, as Terraform validation blocks
 */
public record ModuleInput(String name, String type, String description, Optional<Object> defaultValue,
                          List<Validation> validations) {

    /** A {@code validation} block: {@code condition} is a Terraform expression without the {@code ${}}. */
    public record Validation(String condition, String errorMessage) {
        public Validation {
            Objects.requireNonNull(condition, "condition");
            if (errorMessage == null || !errorMessage.endsWith(".")) {
                throw new IllegalArgumentException("a validation's error message is a sentence ending in '.': "
                        + errorMessage);
            }
        }
    }

    public ModuleInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("variable " + name + " needs a description");
        }
        validations = List.copyOf(validations);
    }

    /** A required input. */
    public static ModuleInput required(String name, String type, String description, Validation... validations) {
        return new ModuleInput(name, type, description, Optional.empty(), List.of(validations));
    }

    /**
     * An optional input with {@code defaultValue}; {@link NullDefault#INSTANCE} stands for a {@code null} default
     * (the construct then derives the value).
     */
    public static ModuleInput optional(String name, String type, String description, Object defaultValue,
                                       Validation... validations) {
        return new ModuleInput(name, type, description, Optional.of(defaultValue), List.of(validations));
    }

    public boolean isRequired() {
        return defaultValue.isEmpty();
    }

    /** Marks a {@code default = null}: the module derives the value, as the construct does. */
    public enum NullDefault { INSTANCE }
}
