package com.haevn.modules.async;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicy;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * A topic encrypted with the stack's key and its queue subscriptions. Its policy admits publishers of this account
 * only (over TLS); the queues' own policies admit deliveries from this topic only.
 */
final class FanOutTopic extends Construct {

    private final SnsTopic topic;

    /**
     * @param subscribers the queues subscribed, in the order of {@link TopicSpec#queues()}, with their short names
     */
    FanOutTopic(Construct scope, String id, AsyncMessagingProps props, TopicSpec spec, String keyArn,
                Map<String, SqsQueue> subscribers) {
        super(scope, id);
        SnsTopic.Builder builder = SnsTopic.Builder.create(this, "topic")
                .name(props.topicName(spec))
                .kmsMasterKeyId(keyArn);
        if (spec.fifo()) {
            builder.fifoTopic(true).contentBasedDeduplication(true);
        }
        topic = builder.build();
        SnsTopicPolicy.Builder.create(this, "policy")
                .arn(topic.getArn())
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "AccountPublishes",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::" + props.accountId() + ":root"),
                                "Action", "sns:Publish",
                                "Resource", topic.getArn()),
                        Map.of("Sid", "DenyInsecureTransport",
                                "Effect", "Deny",
                                "Principal", "*",
                                "Action", "sns:Publish",
                                "Resource", topic.getArn(),
                                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))))))
                .build();
        for (String queue : spec.queues()) {
            SnsTopicSubscription.Builder.create(this, "subscription-" + AsyncMessaging.constructId(queue))
                    .topicArn(topic.getArn())
                    .protocol("sqs")
                    .endpoint(subscribers.get(queue).getArn())
                    .rawMessageDelivery(spec.rawMessageDelivery())
                    .build();
        }
    }

    SnsTopic topic() {
        return topic;
    }
}
