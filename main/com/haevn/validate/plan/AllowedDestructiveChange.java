package com.haevn.validate.plan;

/**
 * Permission to destroy or replace one exact resource address, with the written reason reports show.
 *
 * @param address the exact resource address, e.g. {@code module.data.aws_rds_cluster.core}
 * @param reason  why the destruction is intended
 */
public record AllowedDestructiveChange(String address, String reason) {

    public AllowedDestructiveChange {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("an allowed destructive change needs a resource address");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("allowing the destruction of " + address
                    + " needs a reason: write ADDRESS=REASON");
        }
        address = address.trim();
        reason = reason.trim();
    }

    /** Parses the command-line form {@code ADDRESS=REASON}. */
    public static AllowedDestructiveChange parse(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("--allow-destroy expects ADDRESS=REASON, got \"" + text + "\"");
        }
        return new AllowedDestructiveChange(text.substring(0, equals), text.substring(equals + 1));
    }
}
