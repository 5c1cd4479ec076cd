package com.haevn.planreport;

/**
 * One attribute a change sets or alters, as a reviewer reads it.
 *
 * @param path              the attribute path, e.g. {@code tags.Name} or {@code ingress[0].cidr_blocks[1]}
 * @param before            the value before, rendered ({@code "a"}, {@code 3}, {@code (sensitive)}), or null when
 *                          the object does not exist yet
 * @param after             the value after, rendered, {@code (known after apply)} when unknown, or null when the
 *                          object goes away
 * @param forcesReplacement whether this attribute is one of the plan's {@code replace_paths}
 */
public record AttributeChange(String path, String before, String after, boolean forcesReplacement) {

    public static final String SENSITIVE = "(sensitive)";
    public static final String UNKNOWN = "(known after apply)";

    /** "path: before → after", or "path: after" for a new object. */
    public String line() {
        String change = before == null ? after : before + " → " + after;
        return path + ": " + change + (forcesReplacement ? " (forces replacement)" : "");
    }
}
