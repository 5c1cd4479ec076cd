package com.haevn.validate.rules.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags a resource will carry: its own {@code tags} merged over its provider's {@code default_tags} (or, in a plan,
 * the provider-computed {@code tags_all}).
 *
 * @param values       tag key to value (an unknown value still counts as present)
 * @param wholeUnknown true when the tag map itself is an expression or unknown until apply: nothing can be told
 */
public record TagSet(Map<String, Attr> values, boolean wholeUnknown) {

    public TagSet {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static TagSet unknown() {
        return new TagSet(Map.of(), true);
    }

    public boolean has(String key) {
        Attr value = values.get(key);
        return value != null && (value.isUnknown() || value.text().filter(t -> !t.isBlank()).isPresent());
    }
}
