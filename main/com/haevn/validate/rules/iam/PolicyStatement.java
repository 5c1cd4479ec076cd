package com.haevn.validate.rules.iam;

import java.util.List;
import java.util.Map;

/**
 * One statement of an IAM or resource policy, normalised: single strings become one-element lists.
 *
 * @param effect     "Allow" or "Deny"
 * @param actions    Action values ("*", "s3:GetObject")
 * @param resources  Resource values
 * @param conditions operator to (condition key to values), e.g. Bool -> aws:SecureTransport -> [false]
 * @param principals whether a Principal is named (resource policies)
 */
public record PolicyStatement(String effect, List<String> actions, List<String> resources,
                              Map<String, Map<String, List<String>>> conditions, boolean principals) {

    public boolean allows() {
        return "Allow".equalsIgnoreCase(effect);
    }

    public boolean denies() {
        return "Deny".equalsIgnoreCase(effect);
    }

    /** The values this statement's condition {@code operator} gives {@code key} (case-insensitive key). */
    public List<String> condition(String operator, String key) {
        Map<String, List<String>> byKey = conditions.getOrDefault(operator, Map.of());
        return byKey.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst().orElse(List.of());
    }
}
