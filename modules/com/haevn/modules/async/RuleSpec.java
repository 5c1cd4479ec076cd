package com.haevn.modules.async;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One EventBridge rule of {@link AsyncMessaging}'s bus, delivering the events it matches to a queue. The target
 * gets its own dead-letter queue for the events EventBridge could not deliver.
 *
 * @param name               the rule's name, unique on the bus: lowercase letters, digits and hyphens, e.g.
 *                           {@code media-uploaded}
 * @param eventPattern       the event pattern as a JSON object, e.g.
 *                           {@code {"detail-type":["MediaUploaded"],"source":["haevn.media"]}}
 * @param targetQueue        the name of the {@link QueueSpec queue} that receives the matched events
 * @param maxRetryAttempts   how often EventBridge retries a failed delivery before dead-lettering it, 0 to 185
 * @param maxEventAgeSeconds how long EventBridge keeps retrying an event, 60 to 86,400 s
 */
public record RuleSpec(String name, String eventPattern, String targetQueue, int maxRetryAttempts,
                       int maxEventAgeSeconds) {

    /** The most retries EventBridge accepts in a target's retry policy. */
    public static final int MAX_RETRY_ATTEMPTS = 185;
    /** The shortest and longest event age EventBridge accepts in a retry policy, in seconds. */
    public static final int MIN_EVENT_AGE_SECONDS = 60;
    public static final int MAX_EVENT_AGE_SECONDS = 86_400;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    public RuleSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventPattern, "eventPattern");
        Objects.requireNonNull(targetQueue, "targetQueue");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule name must be lowercase letters, digits and hyphens, starting "
                    + "with a letter, got " + name);
        }
        if (!isNonEmptyObject(eventPattern)) {
            throw new IllegalArgumentException("event pattern of rule " + name + " must be a non-empty JSON object, "
                    + "got " + eventPattern);
        }
        if (maxRetryAttempts < 0 || maxRetryAttempts > MAX_RETRY_ATTEMPTS) {
            throw new IllegalArgumentException("retry attempts of rule " + name + " must be 0.." + MAX_RETRY_ATTEMPTS
                    + ", got " + maxRetryAttempts);
        }
        if (maxEventAgeSeconds < MIN_EVENT_AGE_SECONDS || maxEventAgeSeconds > MAX_EVENT_AGE_SECONDS) {
            throw new IllegalArgumentException("maximum event age of rule " + name + " must be "
                    + MIN_EVENT_AGE_SECONDS + ".." + MAX_EVENT_AGE_SECONDS + " s, got " + maxEventAgeSeconds);
        }
    }

    private static boolean isNonEmptyObject(String json) {
        try {
            JsonNode pattern = JSON.readTree(json);
            return pattern != null && pattern.isObject() && !pattern.isEmpty();
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }
}
