package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.modules.async.AsyncMessaging;
import com.haevn.modules.async.AsyncMessagingProps;
import com.haevn.modules.async.QueueSpec;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link AsyncMessaging} of one work queue: the queue and its dead-letter queue, their key, policies and
 * dead-letter alarm, and the bus with its archive. FIFO is expressed with conditionals: both queues get
 * {@code fifo_queue} and content-based deduplication from {@code fifo}, the dead-letter queue's name its
 * {@code .fifo}.
 */
final class QueueModule implements ModuleRecipe {

    private static final String DEAD_LETTER_NAME = "${trimsuffix(var.queue_name, \".fifo\")}-dlq${var.fifo ? \".fifo\" : \"\"}";

    @Override
    public String name() {
        return "queue";
    }

    @Override
    public String summary() {
        return "A work queue with its dead-letter queue (construct `com.haevn.modules.async.AsyncMessaging` with one"
                + " queue): both encrypted with a customer-managed KMS key (rotation on) whose policy lets SNS and"
                + " EventBridge of this account deliver; the work queue redrives a message after max_receive_count"
                + " receives; the dead-letter queue keeps it 14 days, accepts redrives from this queue only and has an"
                + " alarm on its depth; both policies refuse anything but TLS. Also the event bus and its archive the"
                + " construct always creates.";
    }

    @Override
    public List<Class<? extends Record>> propsRecords() {
        return List.of(AsyncMessagingProps.class, QueueSpec.class);
    }

    @Override
    public Map<String, String> propInputs() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("AsyncMessagingProps.namePrefix", "name_prefix");
        props.put("AsyncMessagingProps.accountId", "account_id");
        props.put("AsyncMessagingProps.region", "region");
        props.put("AsyncMessagingProps.archiveRetentionDays", "archive_retention_days");
        props.put("AsyncMessagingProps.alarmTopicArn", "alarm_topic_arn");
        props.put("AsyncMessagingProps.deadLetterAlarmThreshold", "dead_letter_alarm_threshold");
        props.put("AsyncMessagingProps.queueRetentionSeconds", "queue_retention_seconds");
        props.put("QueueSpec.name", "queue_name");
        props.put("QueueSpec.visibilityTimeoutSeconds", "visibility_timeout_seconds");
        props.put("QueueSpec.maxReceiveCount", "max_receive_count");
        props.put("QueueSpec.fifo", "fifo");
        return props;
    }

    @Override
    public List<LeftOut> leftOut() {
        return List.of(
                new LeftOut("AsyncMessagingProps.queues", "the module makes one queue from the QueueSpec inputs;"
                        + " several queues sharing one key and bus need the Java construct (each call of this module"
                        + " has its own key, bus and archive)."),
                new LeftOut("AsyncMessagingProps.topics", "topics subscribe named queues of the same construct, a"
                        + " graph the construct wires at synth time; a module with for_each over it would not be"
                        + " checked against the construct, so the module has no topics."),
                new LeftOut("AsyncMessagingProps.rules", "rules target named queues and get dead-letter queues of"
                        + " their own, decided at synth time like topics; the module has no rules."));
    }

    @Override
    public List<ModuleInput> inputs() {
        return List.of(
                ModuleInput.required("name_prefix", "string", "Prefix of every name, e.g. haevn-prod: queue"
                                + " <prefix>-<queue_name>, bus <prefix>-events.",
                        new ModuleInput.Validation("can(regex(\"^[a-z][a-z0-9-]*$\", var.name_prefix)) && length("
                                + "\"${var.name_prefix}-events-archive\") <= " + AsyncMessagingProps.MAX_ARCHIVE_NAME_LENGTH,
                                "name_prefix must be lowercase letters, digits and hyphens, starting with a letter,"
                                        + " short enough for the archive name's 48 characters.")),
                ModuleInput.required("account_id", "string", "The account the key and queues belong to (12 digits).",
                        new ModuleInput.Validation("can(regex(\"^\\\\d{12}$\", var.account_id))",
                                "account_id must be 12 digits.")),
                ModuleInput.required("region", "string", "The region they live in, e.g. us-east-1: it scopes the key"
                                + " policy's aws:SourceArn conditions.",
                        new ModuleInput.Validation("can(regex(\"^[a-z]{2}(-[a-z]+)+-\\\\d$\", var.region))",
                                "region must be an AWS region name such as us-east-1.")),
                ModuleInput.required("queue_name", "string", "The queue's short name: lowercase letters, digits and"
                                + " hyphens, ending in .fifo exactly when fifo is true; e.g. orders.",
                        new ModuleInput.Validation("can(regex(\"^[a-z][a-z0-9-]*(\\\\.fifo)?$\", var.queue_name))"
                                + " && endswith(var.queue_name, \".fifo\") == var.fifo",
                                "queue_name must be lowercase letters, digits and hyphens starting with a letter, plus"
                                        + " .fifo exactly when fifo is true."),
                        new ModuleInput.Validation("length(\"${var.name_prefix}-" + DEAD_LETTER_NAME.substring(0,
                                DEAD_LETTER_NAME.length()) + "\") <= " + AsyncMessagingProps.MAX_QUEUE_NAME_LENGTH,
                                "The dead-letter queue's name, <name_prefix>-<queue_name>-dlq, must fit SQS's 80"
                                        + " characters.")),
                ModuleInput.optional("fifo", "bool", "A FIFO queue (ordered, exactly-once processing); its"
                        + " dead-letter queue is FIFO too.", false),
                ModuleInput.required("visibility_timeout_seconds", "number", "How long a received message stays hidden"
                                + " from other consumers, in seconds (0 to 43,200).",
                        new ModuleInput.Validation("var.visibility_timeout_seconds >= 0 && var.visibility_timeout_seconds"
                                + " <= " + QueueSpec.MAX_VISIBILITY_TIMEOUT_SECONDS,
                                "visibility_timeout_seconds must be 0 to 43200.")),
                ModuleInput.required("max_receive_count", "number", "Receives after which a message moves to the"
                                + " dead-letter queue (1 to 1,000).",
                        new ModuleInput.Validation("var.max_receive_count >= 1 && var.max_receive_count <= "
                                + QueueSpec.MAX_RECEIVE_COUNT, "max_receive_count must be 1 to 1000.")),
                ModuleInput.required("alarm_topic_arn", "string",
                        "The SNS topic the dead-letter queue's depth alarm notifies (and tells when it is drained)."),
                ModuleInput.optional("dead_letter_alarm_threshold", "number", "The alarm fires when the dead-letter"
                                + " queue holds more visible messages than this (0: any message).", 0,
                        new ModuleInput.Validation("var.dead_letter_alarm_threshold >= 0",
                                "dead_letter_alarm_threshold must be 0 or more.")),
                ModuleInput.optional("queue_retention_seconds", "number", "How long the work queue keeps a message, in"
                                + " seconds; at least 60 and shorter than the dead-letter queue's 1,209,600 (14 days).",
                        AsyncMessagingProps.DEFAULT_QUEUE_RETENTION_SECONDS,
                        new ModuleInput.Validation("var.queue_retention_seconds >= 60 && var.queue_retention_seconds < "
                                + AsyncMessagingProps.DEAD_LETTER_RETENTION_SECONDS,
                                "queue_retention_seconds must be at least 60 and below 1209600.")),
                ModuleInput.optional("archive_retention_days", "number",
                        "How long the bus's archive keeps events for replay, in days.",
                        AsyncMessagingProps.DEFAULT_ARCHIVE_RETENTION_DAYS,
                        new ModuleInput.Validation("var.archive_retention_days >= 1",
                                "archive_retention_days must be at least 1.")));
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name_prefix", "qsentinelprefix");
        values.put("account_id", "918273645501");
        values.put("region", "xq-sentinelregion-9");
        values.put("queue_name", "qsentinelqueue");
        values.put("fifo", false);
        values.put("visibility_timeout_seconds", 40113);
        values.put("max_receive_count", 977);
        values.put("alarm_topic_arn", "qsentinelalarmtopic");
        values.put("dead_letter_alarm_threshold", 40119);
        values.put("queue_retention_seconds", 400117);
        values.put("archive_retention_days", 40121);
        return values;
    }

    @Override
    public List<Substitution> substitutions() {
        return List.of(
                Substitution.named("qsentinelprefix", "${var.name_prefix}", "prefix"),
                Substitution.variable("918273645501", "account_id"),
                Substitution.variable("xq-sentinelregion-9", "region"),
                Substitution.named("qsentinelqueue-dlq", DEAD_LETTER_NAME, "work-dlq"),
                Substitution.named("qsentinelqueue", "${var.queue_name}", "work"),
                Substitution.variable("qsentinelalarmtopic", "alarm_topic_arn"),
                Substitution.variable(40113, "visibility_timeout_seconds"),
                Substitution.variable(977, "max_receive_count"),
                Substitution.variable(40119, "dead_letter_alarm_threshold"),
                Substitution.variable(400117, "queue_retention_seconds"),
                Substitution.variable(40121, "archive_retention_days"));
    }

    @Override
    public List<ModuleOutput> build(Construct stack, ModuleValues values) {
        QueueSpec queue = new QueueSpec(values.string("queue_name"), values.integer("visibility_timeout_seconds"),
                values.integer("max_receive_count"), values.bool("fifo"));
        AsyncMessaging messaging = new AsyncMessaging(stack, ConstructSynthesizer.ROOT, AsyncMessagingProps.builder()
                .namePrefix(values.string("name_prefix"))
                .accountId(values.string("account_id"))
                .region(values.string("region"))
                .queues(List.of(queue))
                .alarmTopicArn(values.string("alarm_topic_arn"))
                .deadLetterAlarmThreshold(values.integer("dead_letter_alarm_threshold"))
                .queueRetentionSeconds(values.integer("queue_retention_seconds"))
                .archiveRetentionDays(values.integer("archive_retention_days"))
                .build());
        return List.of(
                new ModuleOutput("queue_arn", "The work queue's ARN.", messaging.queues().get(queue.name()).getArn()),
                new ModuleOutput("queue_url", "The work queue's URL.", messaging.queues().get(queue.name()).getUrl()),
                new ModuleOutput("dead_letter_queue_arn", "The dead-letter queue's ARN.",
                        messaging.deadLetterQueues().get(queue.name()).getArn()),
                new ModuleOutput("key_arn", "The KMS key of both queues: consumers need kms:Decrypt on it.",
                        messaging.key().getArn()),
                new ModuleOutput("bus_name", "The event bus's name.", messaging.bus().getName()));
    }

    @Override
    public Set<String> adjustedInputs() {
        return Set.of("fifo");
    }

    /** Synthesized as a standard queue; a FIFO queue and its dead-letter queue differ only in these two arguments. */
    @Override
    public void adjust(ObjectNode module) {
        for (String queue : List.of("queue-work_queue", "queue-work_dead-letter-queue")) {
            ModuleJson.resource(module, "aws_sqs_queue", queue)
                    .put("fifo_queue", "${var.fifo}")
                    .put("content_based_deduplication", "${var.fifo}");
        }
    }

    @Override
    public Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("name_prefix", "payments-prod");
        example.put("account_id", "123456789012");
        example.put("region", "us-east-1");
        example.put("queue_name", "settlements");
        example.put("visibility_timeout_seconds", 120);
        example.put("max_receive_count", 5);
        example.put("alarm_topic_arn", "arn:aws:sns:us-east-1:123456789012:payments-alerts");
        return example;
    }
}
