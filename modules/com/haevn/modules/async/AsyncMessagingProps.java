package com.haevn.modules.async;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Settings of an {@link AsyncMessaging}. Build with {@link #builder()}; every setting without a default is required.
 * Every name in AWS derives from {@code namePrefix}: queue {@code <prefix>-orders}, its dead-letter queue
 * {@code <prefix>-orders-dlq}, topic {@code <prefix>-order-events}, bus {@code <prefix>-events}.
 *
 * @param namePrefix               prefix of every name, e.g. {@code haevn-prod}
 * @param accountId                the account the key, queues and topics belong to (12 digits)
 * @param region                   the region they live in, e.g. {@code us-east-1}: it scopes the key policy's
 *                                 {@code aws:SourceArn} conditions
 * @param queues                   the work queues, each with its dead-letter queue; at least one
 * @param topics                   topics and the queues subscribed to them; default none
 * @param rules                    rules of the bus and the queue each delivers to; default none
 * @param archiveRetentionDays     how long the bus's archive keeps events for replay, in days; default
 *                                 {@link #DEFAULT_ARCHIVE_RETENTION_DAYS}
 * @param alarmTopicArn            the topic every dead-letter queue's depth alarm notifies
 * @param deadLetterAlarmThreshold the alarm fires when a dead-letter queue holds more visible messages than this;
 *                                 default 0 (any message)
 * @param queueRetentionSeconds    how long the work queues keep a message, in seconds; shorter than the dead-letter
 *                                 queues' {@link #DEAD_LETTER_RETENTION_SECONDS} (see {@code docs/async.md}); default
 *                                 {@link #DEFAULT_QUEUE_RETENTION_SECONDS}
 */
public record AsyncMessagingProps(String namePrefix, String accountId, String region, List<QueueSpec> queues,
                                  List<TopicSpec> topics, List<RuleSpec> rules, int archiveRetentionDays,
                                  String alarmTopicArn, int deadLetterAlarmThreshold, int queueRetentionSeconds) {

    /** 14 days, the SQS maximum: every dead-letter queue keeps its messages this long (the seed's Async row). */
    public static final int DEAD_LETTER_RETENTION_SECONDS = 1_209_600;
    /** 4 days, the SQS default. */
    public static final int DEFAULT_QUEUE_RETENTION_SECONDS = 345_600;
    public static final int DEFAULT_ARCHIVE_RETENTION_DAYS = 30;
    /** The longest queue name SQS accepts, {@code .fifo} included. */
    public static final int MAX_QUEUE_NAME_LENGTH = 80;
    /** The longest rule name EventBridge accepts. */
    public static final int MAX_RULE_NAME_LENGTH = 64;
    /** The longest archive name EventBridge accepts. */
    public static final int MAX_ARCHIVE_NAME_LENGTH = 48;

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*");

    public AsyncMessagingProps {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(alarmTopicArn, "alarmTopicArn");
        queues = List.copyOf(queues);
        topics = List.copyOf(topics);
        rules = List.copyOf(rules);
        require(PREFIX.matcher(namePrefix).matches(), "namePrefix must be lowercase letters, digits and hyphens, got "
                + namePrefix);
        require(ACCOUNT.matcher(accountId).matches(), "accountId must be 12 digits, got " + accountId);
        require(REGION.matcher(region).matches(), "region must be an AWS region name such as us-east-1, got " + region);
        require(!queues.isEmpty(), "at least one queue is needed");
        require(archiveRetentionDays >= 1, "archiveRetentionDays must be at least 1, got " + archiveRetentionDays);
        require(deadLetterAlarmThreshold >= 0, "deadLetterAlarmThreshold must be 0 or more, got "
                + deadLetterAlarmThreshold);
        require(queueRetentionSeconds >= 60 && queueRetentionSeconds < DEAD_LETTER_RETENTION_SECONDS,
                "queueRetentionSeconds must be at least 60 and shorter than the dead-letter queues' "
                        + DEAD_LETTER_RETENTION_SECONDS + " s, got " + queueRetentionSeconds);
        Map<String, QueueSpec> byName = unique(queues, QueueSpec::name, "queue");
        unique(topics, TopicSpec::name, "topic");
        unique(rules, RuleSpec::name, "rule");
        for (TopicSpec topic : topics) {
            for (String queue : topic.queues()) {
                QueueSpec subscribed = known(byName, queue, "topic " + topic.name());
                require(topic.fifo() || !subscribed.fifo(), "standard topic " + topic.name()
                        + " cannot deliver to FIFO queue " + queue + "; subscribe it to a FIFO topic");
            }
        }
        for (RuleSpec rule : rules) {
            known(byName, rule.targetQueue(), "rule " + rule.name());
        }
        checkNameLengths(namePrefix, queues, rules);
    }

    /** The queue's name in AWS: {@code <prefix>-orders}. */
    public String queueName(QueueSpec queue) {
        return namePrefix + "-" + queue.name();
    }

    /** Its dead-letter queue's name: {@code <prefix>-orders-dlq}, {@code <prefix>-order-ledger-dlq.fifo}. */
    public String deadLetterQueueName(QueueSpec queue) {
        return deadLetterQueueName(namePrefix, queue);
    }

    /** The dead-letter queue of a rule's target: {@code <prefix>-media-uploaded-events-dlq}. */
    public String targetDeadLetterQueueName(RuleSpec rule) {
        return targetDeadLetterQueueName(namePrefix, rule);
    }

    public String topicName(TopicSpec topic) {
        return namePrefix + "-" + topic.name();
    }

    public String busName() {
        return busName(namePrefix);
    }

    public String archiveName() {
        return archiveName(namePrefix);
    }

    public String keyAlias() {
        return "alias/" + namePrefix + "-async";
    }

    private static String deadLetterQueueName(String prefix, QueueSpec queue) {
        return prefix + "-" + queue.withSuffix("-dlq");
    }

    private static String targetDeadLetterQueueName(String prefix, RuleSpec rule) {
        return prefix + "-" + rule.name() + "-events-dlq";
    }

    private static String busName(String prefix) {
        return prefix + "-events";
    }

    private static String archiveName(String prefix) {
        return busName(prefix) + "-archive";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Run from the compact constructor, before the fields are set: everything comes in as arguments. */
    private static void checkNameLengths(String prefix, List<QueueSpec> queueSpecs, List<RuleSpec> ruleSpecs) {
        List<String> tooLong = new ArrayList<>();
        for (QueueSpec queue : queueSpecs) {
            tooLong.add(deadLetterQueueName(prefix, queue));
        }
        for (RuleSpec rule : ruleSpecs) {
            tooLong.add(targetDeadLetterQueueName(prefix, rule));
            require(rule.name().length() <= MAX_RULE_NAME_LENGTH, "rule name " + rule.name() + " is longer than "
                    + MAX_RULE_NAME_LENGTH + " characters");
        }
        tooLong.removeIf(name -> name.length() <= MAX_QUEUE_NAME_LENGTH);
        require(tooLong.isEmpty(), "queue names longer than SQS's " + MAX_QUEUE_NAME_LENGTH + " characters: " + tooLong);
        require(archiveName(prefix).length() <= MAX_ARCHIVE_NAME_LENGTH, "archive name " + archiveName(prefix)
                + " is longer than " + MAX_ARCHIVE_NAME_LENGTH + " characters; shorten namePrefix " + prefix);
    }

    private static <T> Map<String, T> unique(List<T> items, Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            require(seen.add(name.apply(item)), what + " " + name.apply(item) + " is defined twice");
        }
        return items.stream().collect(Collectors.toMap(name, Function.identity()));
    }

    private static QueueSpec known(Map<String, QueueSpec> queues, String name, String user) {
        QueueSpec queue = queues.get(name);
        require(queue != null, user + " names unknown queue " + name + "; known queues: "
                + String.join(", ", queues.keySet().stream().sorted().toList()));
        return queue;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link AsyncMessagingProps}. */
    public static final class Builder {
        private String namePrefix;
        private String accountId;
        private String region;
        private List<QueueSpec> queues = List.of();
        private List<TopicSpec> topics = List.of();
        private List<RuleSpec> rules = List.of();
        private int archiveRetentionDays = DEFAULT_ARCHIVE_RETENTION_DAYS;
        private String alarmTopicArn;
        private int deadLetterAlarmThreshold;
        private int queueRetentionSeconds = DEFAULT_QUEUE_RETENTION_SECONDS;

        private Builder() {
        }

        public Builder namePrefix(String namePrefix) {
            this.namePrefix = namePrefix;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder queues(List<QueueSpec> queues) {
            this.queues = queues;
            return this;
        }

        public Builder topics(List<TopicSpec> topics) {
            this.topics = topics;
            return this;
        }

        public Builder rules(List<RuleSpec> rules) {
            this.rules = rules;
            return this;
        }

        public Builder archiveRetentionDays(int archiveRetentionDays) {
            this.archiveRetentionDays = archiveRetentionDays;
            return this;
        }

        public Builder alarmTopicArn(String alarmTopicArn) {
            this.alarmTopicArn = alarmTopicArn;
            return this;
        }

        public Builder deadLetterAlarmThreshold(int deadLetterAlarmThreshold) {
            this.deadLetterAlarmThreshold = deadLetterAlarmThreshold;
            return this;
        }

        public Builder queueRetentionSeconds(int queueRetentionSeconds) {
            this.queueRetentionSeconds = queueRetentionSeconds;
            return this;
        }

        public AsyncMessagingProps build() {
            return new AsyncMessagingProps(namePrefix, accountId, region, queues, topics, rules, archiveRetentionDays,
                    alarmTopicArn, deadLetterAlarmThreshold, queueRetentionSeconds);
        }
    }
}
