package com.haevn.modules.async;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One work queue of {@link AsyncMessaging}; it gets a dead-letter queue of the same kind.
 *
 * @param name                     the queue's short name, unique in the stack: lowercase letters, digits and hyphens,
 *                                 ending in {@code .fifo} exactly when {@code fifo}; e.g. {@code orders},
 *                                 {@code order-ledger.fifo}
 * @param visibilityTimeoutSeconds how long a received message stays hidden from other consumers, 0 to 43,200 s
 * @param maxReceiveCount          receives after which a message moves to the dead-letter queue, 1 to 1,000
 * @param fifo                     a FIFO queue (ordered, exactly-once processing); its dead-letter queue is FIFO too
 */
public record QueueSpec(String name, int visibilityTimeoutSeconds, int maxReceiveCount, boolean fifo) {

    /** The suffix SQS requires on, and only on, the name of a FIFO queue. */
    public static final String FIFO_SUFFIX = ".fifo";
    /** The longest visibility timeout SQS accepts: 12 hours. */
    public static final int MAX_VISIBILITY_TIMEOUT_SECONDS = 43_200;
    /** The most receives a redrive policy accepts. */
    public static final int MAX_RECEIVE_COUNT = 1_000;

    private static final Pattern BASE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public QueueSpec {
        Objects.requireNonNull(name, "name");
        if (!BASE_NAME.matcher(baseName(name)).matches()) {
            throw new IllegalArgumentException("queue name must be lowercase letters, digits and hyphens, starting "
                    + "with a letter (plus .fifo for a FIFO queue), got " + name);
        }
        if (fifo != name.endsWith(FIFO_SUFFIX)) {
            throw new IllegalArgumentException("queue " + name + (fifo ? " is FIFO and must end in " : " is standard "
                    + "and must not end in ") + FIFO_SUFFIX);
        }
        if (visibilityTimeoutSeconds < 0 || visibilityTimeoutSeconds > MAX_VISIBILITY_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("visibility timeout of " + name + " must be 0.."
                    + MAX_VISIBILITY_TIMEOUT_SECONDS + " s, got " + visibilityTimeoutSeconds);
        }
        if (maxReceiveCount < 1 || maxReceiveCount > MAX_RECEIVE_COUNT) {
            throw new IllegalArgumentException("max receive count of " + name + " must be 1.." + MAX_RECEIVE_COUNT
                    + ", got " + maxReceiveCount);
        }
    }

    /** The name without {@code .fifo}: {@code order-ledger.fifo} -> {@code order-ledger}. */
    public static String baseName(String name) {
        return name.endsWith(FIFO_SUFFIX) ? name.substring(0, name.length() - FIFO_SUFFIX.length()) : name;
    }

    /** The name with {@code suffix} inserted before {@code .fifo}: {@code a.fifo} + {@code -dlq} = {@code a-dlq.fifo}. */
    String withSuffix(String suffix) {
        return baseName(name) + suffix + (fifo ? FIFO_SUFFIX : "");
    }
}
