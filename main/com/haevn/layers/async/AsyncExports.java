package com.haevn.layers.async;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What later layers (the workloads' IAM roles, review apps) read from the async stack of their region. The lists
 * of a kind share one order: {@code queueArns.get(i)} is the queue named {@code queueNames.get(i)}.
 *
 * @param keyArn              the KMS key of every queue and topic: senders need {@code kms:GenerateDataKey},
 *                            receivers {@code kms:Decrypt}
 * @param queueNames          the work queues' short names from the {@code async} section, in its order
 * @param queueUrls           their URLs, for the SDKs
 * @param queueArns           their ARNs, for IAM policies
 * @param deadLetterQueueArns their dead-letter queues' ARNs (same order), for the tools that inspect and redrive
 *                            them
 * @param topicNames          the topics' short names, in the section's order
 * @param topicArns           their ARNs, to publish to
 * @param busName             the event bus applications put their events on
 * @param busArn              its ARN, for IAM policies ({@code events:PutEvents})
 */
public record AsyncExports(String keyArn, List<String> queueNames, List<String> queueUrls, List<String> queueArns,
                           List<String> deadLetterQueueArns, List<String> topicNames, List<String> topicArns,
                           String busName, String busArn) {

    public static final ExportKey<AsyncExports> KEY = ExportKey.of(AsyncLayer.NAME, AsyncExports.class);
}
