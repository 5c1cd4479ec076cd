package com.haevn.modules.async;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_rule.CloudwatchEventRule;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTarget;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTargetDeadLetterConfig;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTargetRetryPolicy;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTargetSqsTarget;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.hashicorp.cdktf.providers.aws.sqs_queue_policy.SqsQueuePolicy;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * One rule of the bus and its queue target. EventBridge retries a failed delivery as the retry policy says, then
 * sends the event to the target's own dead-letter queue: a standard queue (EventBridge takes no FIFO dead-letter
 * queue) kept 14 days, encrypted with the stack's key, whose policy admits EventBridge for this rule only, and whose
 * redrive-allow policy admits no source queue (it receives events, never redrives). A FIFO target gets the rule's
 * name as message group, so the rule's events stay in order.
 */
final class RuleTarget extends Construct {

    private final CloudwatchEventRule rule;
    private final SqsQueue deadLetterQueue;

    RuleTarget(Construct scope, String id, AsyncMessagingProps props, RuleSpec spec, String busName, String keyArn,
               SqsQueue targetQueue, boolean fifoTarget) {
        super(scope, id);
        rule = CloudwatchEventRule.Builder.create(this, "rule")
                .name(spec.name())
                .eventBusName(busName)
                .description("Delivers " + spec.name() + " events to queue " + spec.targetQueue())
                .eventPattern(spec.eventPattern())
                .build();
        deadLetterQueue = SqsQueue.Builder.create(this, "dead-letter-queue")
                .name(props.targetDeadLetterQueueName(spec))
                .messageRetentionSeconds(AsyncMessagingProps.DEAD_LETTER_RETENTION_SECONDS)
                .receiveWaitTimeSeconds(DeadLetteredQueue.RECEIVE_WAIT_SECONDS)
                .kmsMasterKeyId(keyArn)
                .kmsDataKeyReusePeriodSeconds(DeadLetteredQueue.DATA_KEY_REUSE_SECONDS)
                .redriveAllowPolicy(PolicyJson.render(Map.of("redrivePermission", "denyAll")))
                .build();
        SqsQueuePolicy.Builder.create(this, "dead-letter-queue-policy")
                .queueUrl(deadLetterQueue.getUrl())
                .policy(QueuePolicyDocument.of(deadLetterQueue.getArn(), List.of(), List.of(rule.getArn())))
                .build();
        CloudwatchEventTarget.Builder target = CloudwatchEventTarget.Builder.create(this, "target")
                .rule(rule.getName())
                .eventBusName(busName)
                .targetId(spec.targetQueue().replace('.', '-'))
                .arn(targetQueue.getArn())
                .deadLetterConfig(CloudwatchEventTargetDeadLetterConfig.builder().arn(deadLetterQueue.getArn()).build())
                .retryPolicy(CloudwatchEventTargetRetryPolicy.builder()
                        .maximumRetryAttempts(spec.maxRetryAttempts())
                        .maximumEventAgeInSeconds(spec.maxEventAgeSeconds())
                        .build());
        if (fifoTarget) {
            target.sqsTarget(CloudwatchEventTargetSqsTarget.builder().messageGroupId(spec.name()).build());
        }
        target.build();
    }

    CloudwatchEventRule rule() {
        return rule;
    }

    SqsQueue deadLetterQueue() {
        return deadLetterQueue;
    }
}
