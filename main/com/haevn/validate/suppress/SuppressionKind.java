package com.haevn.validate.suppress;

/**
 * Where a suppression was written. Its tag prefixes the reason kept on the finding, so reports (SARIF's
 * suppression kind) can tell the two apart without changing the shared {@code Finding} type.
 */
public enum SuppressionKind {
    IN_SOURCE("[in-source] "),
    EXTERNAL("[external] ");

    private final String prefix;

    SuppressionKind(String prefix) {
        this.prefix = prefix;
    }

    String tag(String reason) {
        return prefix + reason;
    }

    /** The kind a finding's suppression reason was tagged with (external when untagged). */
    public static SuppressionKind of(String taggedReason) {
        return taggedReason != null && taggedReason.startsWith(IN_SOURCE.prefix) ? IN_SOURCE : EXTERNAL;
    }

    /** The reason without its tag. */
    public static String reason(String taggedReason) {
        for (SuppressionKind kind : values()) {
            if (taggedReason.startsWith(kind.prefix)) {
                return taggedReason.substring(kind.prefix.length());
            }
        }
        return taggedReason;
    }
}
