package com.haevn.environment;

import java.util.Objects;

/**
 * One row of the environment files' reference table.
 *
 * @param key  the key path, e.g. {@code network.nat_gateways}
 * @param type what the value is: text, number, list, mapping...
 * @param rule what makes a value valid, and why
 */
public record SettingDoc(String key, String type, String rule) {

    public SettingDoc {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }
}
