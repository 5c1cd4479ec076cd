package com.haevn.tfmodules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The value of every input of a module: the given ones, else the defaults (a null default reads as null). */
public final class ModuleValues {

    private final Map<String, Object> values;

    private ModuleValues(Map<String, Object> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException naming an unknown or missing input */
    public static ModuleValues of(List<ModuleInput> inputs, Map<String, Object> given) {
        Map<String, Object> values = new HashMap<>();
        Set<String> unknown = new TreeSet<>(given.keySet());
        for (ModuleInput input : inputs) {
            unknown.remove(input.name());
            if (given.containsKey(input.name())) {
                values.put(input.name(), given.get(input.name()));
            } else if (input.isRequired()) {
                throw new IllegalArgumentException("input " + input.name() + " is required");
            } else {
                Object fallback = input.defaultValue().orElseThrow();
                values.put(input.name(), fallback == ModuleInput.NullDefault.INSTANCE ? null : fallback);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown inputs " + unknown);
        }
        return new ModuleValues(values);
    }

    public String string(String name) {
        return (String) value(name);
    }

    public int integer(String name) {
        return ((Number) value(name)).intValue();
    }

    public boolean bool(String name) {
        return (Boolean) value(name);
    }

    /** A list of strings, or null when the input's null default applies. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object value = value(name);
        return value == null ? null : List.copyOf((List<String>) value);
    }

    private Object value(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no input " + name);
        }
        return values.get(name);
    }
}
