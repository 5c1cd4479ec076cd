package com.haevn.modules.alerts;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicy;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The topic every alarm of a region notifies: encrypted with its own customer-managed KMS key (rotation on) whose
 * policy lets CloudWatch, EventBridge, AWS Budgets, AWS Backup and Cost Anomaly Detection use it for this account's resources only (an encrypted topic
 * silently drops what a publisher cannot encrypt), a topic policy admitting exactly those publishers from this
 * account, and the HTTPS subscriptions of the props.
 */
public class AlertsTopic extends Construct {

    /** The AWS services that publish alerts. */
    public static final List<String> PUBLISHERS = List.of("cloudwatch.amazonaws.com", "events.amazonaws.com",
            "budgets.amazonaws.com", "backup.amazonaws.com", "costalerts.amazonaws.com");

    private final KmsKey key;
    private final SnsTopic topic;

    public AlertsTopic(Construct scope, String id, AlertsTopicProps props) {
        super(scope, id);
        Map<String, Object> sameAccount = Map.of("StringEquals", Map.of("aws:SourceAccount", props.accountId()));
        key = KmsKey.Builder.create(this, "key")
                .description("Alerts topic " + props.name())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "AccountAdministers",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::" + props.accountId() + ":root"),
                                "Action", "kms:*",
                                "Resource", "*"),
                        Map.of("Sid", "AlertPublishersEncrypt",
                                "Effect", "Allow",
                                "Principal", Map.of("Service", PUBLISHERS),
                                "Action", List.of("kms:Decrypt", "kms:GenerateDataKey*"),
                                "Resource", "*",
                                "Condition", sameAccount))))
                .build();
        KmsAlias.Builder.create(this, "key-alias").name("alias/" + props.name()).targetKeyId(key.getKeyId()).build();
        topic = SnsTopic.Builder.create(this, "topic")
                .name(props.name())
                .kmsMasterKeyId(key.getArn())
                .build();
        SnsTopicPolicy.Builder.create(this, "policy")
                .arn(topic.getArn())
                .policy(PolicyJson.document(List.of(Map.of(
                        "Sid", "AlertPublishers",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", PUBLISHERS),
                        "Action", "sns:Publish",
                        "Resource", topic.getArn(),
                        "Condition", sameAccount))))
                .build();
        for (AlertsTopicProps.Subscription subscription : props.subscriptions()) {
            SnsTopicSubscription.Builder.create(this, "subscription-" + subscription.name())
                    .topicArn(topic.getArn())
                    .protocol("https")
                    .endpoint(subscription.endpoint())
                    .endpointAutoConfirms(subscription.autoConfirms())
                    .build();
        }
    }

    public SnsTopic topic() {
        return topic;
    }

    public KmsKey key() {
        return key;
    }
}
