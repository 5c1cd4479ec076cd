package com.haevn.modules.async;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The customer-managed key (rotation on) that encrypts every queue and topic of an {@link AsyncMessaging}. Besides
 * the account's own administration, its policy lets SNS and EventBridge encrypt what they deliver to the queues,
 * for this account's topics and this bus's rules only ({@code aws:SourceAccount}, {@code aws:SourceArn}): a queue
 * whose key a service cannot use drops that service's deliveries without an error anyone sees.
 */
final class MessagingKey extends Construct {

    /** What SNS and EventBridge need of the key to write to an encrypted queue. */
    static final List<String> DELIVERY_ACTIONS = List.of("kms:Decrypt", "kms:GenerateDataKey*");

    private final KmsKey key;

    MessagingKey(Construct scope, String id, AsyncMessagingProps props) {
        super(scope, id);
        String account = props.accountId();
        String region = props.region();
        key = KmsKey.Builder.create(this, "key")
                .description("Queues and topics of " + props.namePrefix())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "AccountAdministers",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::" + account + ":root"),
                                "Action", "kms:*",
                                "Resource", "*"),
                        delivery("TopicsDeliverToQueues", "sns.amazonaws.com", account,
                                "arn:aws:sns:" + region + ":" + account + ":" + props.namePrefix() + "-*"),
                        delivery("RulesDeliverToQueues", "events.amazonaws.com", account,
                                "arn:aws:events:" + region + ":" + account + ":rule/" + props.busName() + "/*"))))
                .build();
        KmsAlias.Builder.create(this, "alias").name(props.keyAlias()).targetKeyId(key.getKeyId()).build();
    }

    KmsKey key() {
        return key;
    }

    /**
     * The sources are matched by pattern, not by their ARNs: topics and queues use the key, so naming them here
     * would make the key depend on what depends on it.
     */
    private static Map<String, Object> delivery(String sid, String service, String account, String sourceArnPattern) {
        return Map.of("Sid", sid,
                "Effect", "Allow",
                "Principal", Map.of("Service", service),
                "Action", DELIVERY_ACTIONS,
                "Resource", "*",
                "Condition", Map.of(
                        "StringEquals", Map.of("aws:SourceAccount", account),
                        "ArnLike", Map.of("aws:SourceArn", sourceArnPattern)));
    }
}
