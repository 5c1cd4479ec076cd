package com.haevn.modules.async;

import com.hashicorp.cdktf.providers.aws.cloudwatch_event_archive.CloudwatchEventArchive;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_bus.CloudwatchEventBus;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.hashicorp.cdktf.providers.aws.sqs_queue_policy.SqsQueuePolicy;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asynchronous messaging of one region: one customer-managed KMS key ({@link MessagingKey}); per
 * {@link QueueSpec} a work queue with a 14-day dead-letter queue ({@link DeadLetteredQueue}); per
 * {@link TopicSpec} an encrypted topic subscribed by its queues ({@link FanOutTopic}); an EventBridge bus with an
 * archive; per {@link RuleSpec} a rule delivering to its queue, with retries and its own dead-letter queue
 * ({@link RuleTarget}); queue policies admitting exactly the topics and rules wired to each queue; and an alarm on
 * the depth of every dead-letter queue ({@link DeadLetterAlarm}).
 */
public class AsyncMessaging extends Construct {

    private final KmsKey key;
    private final Map<String, DeadLetteredQueue> queues = new LinkedHashMap<>();
    private final Map<String, SnsTopic> topics = new LinkedHashMap<>();
    private final CloudwatchEventBus bus;
    private final Map<String, SqsQueue> ruleDeadLetterQueues = new LinkedHashMap<>();

    public AsyncMessaging(Construct scope, String id, AsyncMessagingProps props) {
        super(scope, id);
        key = new MessagingKey(this, "key", props).key();
        Map<String, SqsQueue> workQueues = new LinkedHashMap<>();
        Map<String, Boolean> fifo = new LinkedHashMap<>();
        Map<String, List<String>> topicsByQueue = new LinkedHashMap<>();
        Map<String, List<String>> rulesByQueue = new LinkedHashMap<>();
        for (QueueSpec spec : props.queues()) {
            DeadLetteredQueue queue = new DeadLetteredQueue(this, "queue-" + constructId(spec.name()), props, spec,
                    key.getArn());
            queues.put(spec.name(), queue);
            workQueues.put(spec.name(), queue.queue());
            fifo.put(spec.name(), spec.fifo());
            topicsByQueue.put(spec.name(), new ArrayList<>());
            rulesByQueue.put(spec.name(), new ArrayList<>());
            alarm(props, props.deadLetterQueueName(spec), queue.deadLetterQueue());
        }
        for (TopicSpec spec : props.topics()) {
            SnsTopic topic = new FanOutTopic(this, "topic-" + constructId(spec.name()), props, spec, key.getArn(),
                    workQueues).topic();
            topics.put(spec.name(), topic);
            spec.queues().forEach(queue -> topicsByQueue.get(queue).add(topic.getArn()));
        }
        bus = CloudwatchEventBus.Builder.create(this, "bus").name(props.busName()).build();
        CloudwatchEventArchive.Builder.create(this, "archive")
                .name(props.archiveName())
                .description("Every event of " + props.busName() + ", for replay")
                .eventSourceArn(bus.getArn())
                .retentionDays(props.archiveRetentionDays())
                .build();
        for (RuleSpec spec : props.rules()) {
            RuleTarget target = new RuleTarget(this, "rule-" + spec.name(), props, spec, bus.getName(), key.getArn(),
                    workQueues.get(spec.targetQueue()), fifo.get(spec.targetQueue()));
            rulesByQueue.get(spec.targetQueue()).add(target.rule().getArn());
            alarm(props, props.targetDeadLetterQueueName(spec), target.deadLetterQueue());
            ruleDeadLetterQueues.put(spec.name(), target.deadLetterQueue());
        }
        queues.forEach((name, queue) -> {
            policy(queue.queue(), "queue-policy-" + constructId(name), topicsByQueue.get(name), rulesByQueue.get(name));
            policy(queue.deadLetterQueue(), "dead-letter-queue-policy-" + constructId(name), List.of(), List.of());
        });
    }

    /** The construct id of a named queue or topic: dots become hyphens ({@code a.fifo} -> {@code a-fifo}). */
    static String constructId(String name) {
        return name.replace('.', '-');
    }

    private void alarm(AsyncMessagingProps props, String queueName, SqsQueue deadLetterQueue) {
        new DeadLetterAlarm(this, "alarm-" + constructId(queueName), queueName, deadLetterQueue,
                props.deadLetterAlarmThreshold(), props.alarmTopicArn());
    }

    private void policy(SqsQueue queue, String id, List<String> topicArns, List<String> ruleArns) {
        SqsQueuePolicy.Builder.create(this, id)
                .queueUrl(queue.getUrl())
                .policy(QueuePolicyDocument.of(queue.getArn(), topicArns, ruleArns))
                .build();
    }

    /** The key that encrypts every queue and topic; consumers need {@code kms:Decrypt} on it. */
    public KmsKey key() {
        return key;
    }

    /** The work queues by short name, in the order of the props. */
    public Map<String, SqsQueue> queues() {
        Map<String, SqsQueue> result = new LinkedHashMap<>();
        queues.forEach((name, queue) -> result.put(name, queue.queue()));
        return Collections.unmodifiableMap(result);
    }

    /** The work queues' dead-letter queues by the work queue's short name, in the order of the props. */
    public Map<String, SqsQueue> deadLetterQueues() {
        Map<String, SqsQueue> result = new LinkedHashMap<>();
        queues.forEach((name, queue) -> result.put(name, queue.deadLetterQueue()));
        return Collections.unmodifiableMap(result);
    }

    /** The dead-letter queues of the rules' targets by rule name, in the order of the props. */
    public Map<String, SqsQueue> ruleDeadLetterQueues() {
        return Collections.unmodifiableMap(ruleDeadLetterQueues);
    }

    /** The topics by short name, in the order of the props. */
    public Map<String, SnsTopic> topics() {
        return Collections.unmodifiableMap(topics);
    }

    public CloudwatchEventBus bus() {
        return bus;
    }
}
