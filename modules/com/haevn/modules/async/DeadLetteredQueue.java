package com.haevn.modules.async;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.hashicorp.cdktf.providers.aws.sqs_queue_redrive_allow_policy.SqsQueueRedriveAllowPolicy;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * A work queue and its dead-letter queue, both encrypted with the stack's key: the work queue redrives a message
 * after {@link QueueSpec#maxReceiveCount()} receives; the dead-letter queue keeps it 14 days and accepts redrives
 * from this queue only. A FIFO queue gets a FIFO dead-letter queue and content-based deduplication (which
 * EventBridge needs to deliver to it).
 */
final class DeadLetteredQueue extends Construct {

    /** Long polling: a receive waits up to 20 s for a message instead of returning empty at once. */
    static final int RECEIVE_WAIT_SECONDS = 20;
    /** How long SQS reuses a data key before asking KMS again (the SQS default, stated). */
    static final int DATA_KEY_REUSE_SECONDS = 300;

    private final SqsQueue queue;
    private final SqsQueue deadLetterQueue;

    DeadLetteredQueue(Construct scope, String id, AsyncMessagingProps props, QueueSpec spec, String keyArn) {
        super(scope, id);
        deadLetterQueue = queue("dead-letter-queue", props.deadLetterQueueName(spec), spec,
                AsyncMessagingProps.DEAD_LETTER_RETENTION_SECONDS, keyArn)
                .build();
        queue = queue("queue", props.queueName(spec), spec, props.queueRetentionSeconds(), keyArn)
                .redrivePolicy(PolicyJson.render(Map.of(
                        "deadLetterTargetArn", deadLetterQueue.getArn(),
                        "maxReceiveCount", spec.maxReceiveCount())))
                .build();
        // a separate resource: set on the dead-letter queue itself it would make the two queues depend on each other
        SqsQueueRedriveAllowPolicy.Builder.create(this, "redrive-allow")
                .queueUrl(deadLetterQueue.getUrl())
                .redriveAllowPolicy(PolicyJson.render(Map.of(
                        "redrivePermission", "byQueue",
                        "sourceQueueArns", List.of(queue.getArn()))))
                .build();
    }

    private SqsQueue.Builder queue(String id, String name, QueueSpec spec, int retentionSeconds, String keyArn) {
        SqsQueue.Builder builder = SqsQueue.Builder.create(this, id)
                .name(name)
                .visibilityTimeoutSeconds(spec.visibilityTimeoutSeconds())
                .messageRetentionSeconds(retentionSeconds)
                .receiveWaitTimeSeconds(RECEIVE_WAIT_SECONDS)
                .kmsMasterKeyId(keyArn)
                .kmsDataKeyReusePeriodSeconds(DATA_KEY_REUSE_SECONDS);
        if (spec.fifo()) {
            builder.fifoQueue(true).contentBasedDeduplication(true);
        }
        return builder;
    }

    SqsQueue queue() {
        return queue;
    }

    SqsQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}
