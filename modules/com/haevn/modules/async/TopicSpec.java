package com.haevn.modules.async;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One SNS topic of {@link AsyncMessaging} and the queues subscribed to it.
 *
 * @param name               the topic's short name, unique in the stack: lowercase letters, digits and hyphens,
 *                           ending in {@code .fifo} exactly when {@code fifo}; e.g. {@code order-events}
 * @param fifo               a FIFO topic; only FIFO topics deliver to FIFO queues
 * @param rawMessageDelivery deliver the published message as is, without SNS's JSON envelope
 * @param queues             the names of the {@link QueueSpec queues} subscribed, each once
 */
public record TopicSpec(String name, boolean fifo, boolean rawMessageDelivery, List<String> queues) {

    private static final Pattern BASE_NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        queues = List.copyOf(queues);
        if (!BASE_NAME.matcher(QueueSpec.baseName(name)).matches()) {
            throw new IllegalArgumentException("topic name must be lowercase letters, digits and hyphens, starting "
                    + "with a letter (plus .fifo for a FIFO topic), got " + name);
        }
        if (fifo != name.endsWith(QueueSpec.FIFO_SUFFIX)) {
            throw new IllegalArgumentException("topic " + name + (fifo ? " is FIFO and must end in " : " is standard "
                    + "and must not end in ") + QueueSpec.FIFO_SUFFIX);
        }
        if (queues.stream().distinct().count() != queues.size()) {
            throw new IllegalArgumentException("topic " + name + " subscribes a queue twice: " + queues);
        }
    }
}
