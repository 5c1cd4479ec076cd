package com.haevn.modules.async;

import com.haevn.modules.iam.PolicyJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The resource policy of one queue: nothing but TLS reaches it, and the only senders from outside the account's
 * IAM are the topics and rules wired to it, each named by {@code aws:SourceArn}.
 */
final class QueuePolicyDocument {

    private QueuePolicyDocument() {
    }

    /**
     * @param queueArn  the queue
     * @param topicArns topics subscribed to it (SNS may send on their behalf only)
     * @param ruleArns  rules delivering to it (EventBridge may send on their behalf only)
     */
    static String of(String queueArn, List<String> topicArns, List<String> ruleArns) {
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(Map.of("Sid", "DenyInsecureTransport",
                "Effect", "Deny",
                "Principal", "*",
                "Action", "sqs:*",
                "Resource", queueArn,
                "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        if (!topicArns.isEmpty()) {
            statements.add(sender("TopicsSend", "sns.amazonaws.com", queueArn, topicArns));
        }
        if (!ruleArns.isEmpty()) {
            statements.add(sender("RulesSend", "events.amazonaws.com", queueArn, ruleArns));
        }
        return PolicyJson.document(statements);
    }

    private static Map<String, Object> sender(String sid, String service, String queueArn, List<String> sources) {
        return Map.of("Sid", sid,
                "Effect", "Allow",
                "Principal", Map.of("Service", service),
                "Action", "sqs:SendMessage",
                "Resource", queueArn,
                "Condition", Map.of("ArnEquals", Map.of("aws:SourceArn", sources)));
    }
}
