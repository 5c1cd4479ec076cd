package com.haevn.modules.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_archive.CloudwatchEventArchive;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_bus.CloudwatchEventBus;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_rule.CloudwatchEventRule;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTarget;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import com.hashicorp.cdktf.providers.aws.sqs_queue.SqsQueue;
import com.hashicorp.cdktf.providers.aws.sqs_queue_policy.SqsQueuePolicy;
import com.hashicorp.cdktf.providers.aws.sqs_queue_redrive_allow_policy.SqsQueueRedriveAllowPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The async construct synthesized from its own props: two standard queues, a FIFO queue, a topic, two rules. */
class AsyncMessagingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALARMS = "arn:aws:sns:eu-central-1:123456789012:team-alerts";
    private static JsonNode resources;

    static AsyncMessagingProps.Builder props() {
        return AsyncMessagingProps.builder()
                .namePrefix("team")
                .accountId("123456789012")
                .region("eu-central-1")
                .alarmTopicArn(ALARMS)
                .queues(List.of(new QueueSpec("orders", 60, 5, false), new QueueSpec("mail", 30, 7, false),
                        new QueueSpec("ledger.fifo", 45, 3, true)))
                .topics(List.of(new TopicSpec("order-events", false, true, List.of("orders", "mail"))))
                .rules(List.of(
                        new RuleSpec("signed-up", "{\"detail-type\":[\"UserSignedUp\"],\"source\":[\"haevn.accounts\"]}",
                                "mail", 8, 3600),
                        new RuleSpec("order-placed", "{\"source\":[\"haevn.orders\"]}", "ledger.fifo", 20, 7200)))
                .archiveRetentionDays(21)
                .deadLetterAlarmThreshold(2);
    }

    @BeforeAll
    static void synth() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "async-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new AsyncMessaging(stack, "async", props().build());
        resources = JSON.readTree(Testing.synth(stack)).path("resource");
    }

    /** The resource of {@code type} whose {@code field} is {@code value}. */
    private static Map.Entry<String, JsonNode> find(String type, String field, String value) {
        var fields = resources.path(type).fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (entry.getValue().path(field).asText().equals(value)) {
                return entry;
            }
        }
        throw new AssertionError("no " + type + " with " + field + " " + value + " in " + resources.path(type));
    }

    private static JsonNode queue(String name) {
        return find(SqsQueue.TF_RESOURCE_TYPE, "name", name).getValue();
    }

    /** The interpolation of an attribute of the queue named {@code name}. */
    private static String queueRef(String name, String attribute) {
        return "${" + SqsQueue.TF_RESOURCE_TYPE + "." + find(SqsQueue.TF_RESOURCE_TYPE, "name", name).getKey()
                + "." + attribute + "}";
    }

    private static String ref(String type, String field, String value, String attribute) {
        return "${" + type + "." + find(type, field, value).getKey() + "." + attribute + "}";
    }

    private static JsonNode json(JsonNode text) throws Exception {
        return JSON.readTree(text.asText());
    }

    private static JsonNode queuePolicy(String queue) throws Exception {
        return json(find(SqsQueuePolicy.TF_RESOURCE_TYPE, "queue_url", queueRef(queue, "url")).getValue().path("policy"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void should_keep_every_dead_letter_queue_14_days_and_the_work_queues_4_days() {
        List<String> deadLetter = List.of("team-orders-dlq", "team-mail-dlq", "team-ledger-dlq.fifo",
                "team-signed-up-events-dlq", "team-order-placed-events-dlq");
        for (String name : deadLetter) {
            assertThat(queue(name).path("message_retention_seconds").asInt()).as(name).isEqualTo(1_209_600);
            assertThat(queue(name).path("kms_master_key_id").asText()).as(name).startsWith("${aws_kms_key.");
        }
        for (String name : List.of("team-orders", "team-mail", "team-ledger.fifo")) {
            assertThat(queue(name).path("message_retention_seconds").asInt()).as(name).isEqualTo(345_600);
        }
        assertThat(resources.path(SqsQueue.TF_RESOURCE_TYPE)).hasSize(8);
    }

    @Test
    void should_redrive_each_work_queue_to_its_own_dead_letter_queue_after_its_max_receives() throws Exception {
        Map<String, Integer> receives = Map.of("orders", 5, "mail", 7, "ledger", 3);
        receives.forEach((name, count) -> {
            String fifo = name.equals("ledger") ? ".fifo" : "";
            JsonNode queue = queue("team-" + name + fifo);
            try {
                JsonNode redrive = json(queue.path("redrive_policy"));
                assertThat(redrive.path("maxReceiveCount").asInt()).as(name).isEqualTo(count);
                assertThat(redrive.path("deadLetterTargetArn").asText()).isEqualTo(queueRef("team-" + name + "-dlq" + fifo, "arn"));
                JsonNode allow = json(find(SqsQueueRedriveAllowPolicy.TF_RESOURCE_TYPE, "queue_url",
                        queueRef("team-" + name + "-dlq" + fifo, "url")).getValue().path("redrive_allow_policy"));
                assertThat(allow.path("redrivePermission").asText()).isEqualTo("byQueue");
                assertThat(texts(allow.path("sourceQueueArns"))).containsExactly(queueRef("team-" + name + fifo, "arn"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(queue("team-orders").path("visibility_timeout_seconds").asInt()).isEqualTo(60);
        assertThat(queue("team-ledger.fifo").path("fifo_queue").asBoolean()).isTrue();
        assertThat(queue("team-ledger-dlq.fifo").path("fifo_queue").asBoolean()).isTrue();
        assertThat(queue("team-ledger.fifo").path("content_based_deduplication").asBoolean()).isTrue();
        assertThat(queue("team-orders").has("fifo_queue")).isFalse();
        assertThat(json(queue("team-signed-up-events-dlq").path("redrive_allow_policy")).path("redrivePermission")
                .asText()).isEqualTo("denyAll");
    }

    @Test
    void should_let_sns_and_eventbridge_use_the_key_for_this_stacks_topics_and_rules_only() throws Exception {
        JsonNode key = resources.path(KmsKey.TF_RESOURCE_TYPE).elements().next();
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        JsonNode statements = json(key.path("policy")).path("Statement");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0).path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::123456789012:root");
        JsonNode sns = statements.get(1);
        assertThat(sns.path("Sid").asText()).isEqualTo("TopicsDeliverToQueues");
        assertThat(sns.path("Principal").path("Service").asText()).isEqualTo("sns.amazonaws.com");
        assertThat(texts(sns.path("Action"))).containsExactly("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(sns.path("Condition").path("StringEquals").path("aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(sns.path("Condition").path("ArnLike").path("aws:SourceArn").asText())
                .isEqualTo("arn:aws:sns:eu-central-1:123456789012:team-*");
        JsonNode events = statements.get(2);
        assertThat(events.path("Principal").path("Service").asText()).isEqualTo("events.amazonaws.com");
        assertThat(texts(events.path("Action"))).containsExactly("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(events.path("Condition").path("StringEquals").path("aws:SourceAccount").asText()).isEqualTo("123456789012");
        assertThat(events.path("Condition").path("ArnLike").path("aws:SourceArn").asText())
                .isEqualTo("arn:aws:events:eu-central-1:123456789012:rule/team-events/*");
        assertThat(resources.path(KmsAlias.TF_RESOURCE_TYPE).elements().next().path("name").asText())
                .isEqualTo("alias/team-async");
    }

    @Test
    void should_let_only_the_wired_topic_and_rules_send_to_each_queue() throws Exception {
        String topicArn = ref(SnsTopic.TF_RESOURCE_TYPE, "name", "team-order-events", "arn");
        String signedUp = ref(CloudwatchEventRule.TF_RESOURCE_TYPE, "name", "signed-up", "arn");
        String orderPlaced = ref(CloudwatchEventRule.TF_RESOURCE_TYPE, "name", "order-placed", "arn");

        JsonNode orders = queuePolicy("team-orders").path("Statement");
        assertThat(orders).extracting(s -> s.path("Sid").asText()).containsExactly("DenyInsecureTransport", "TopicsSend");
        assertThat(texts(orders.get(1).path("Condition").path("ArnEquals").path("aws:SourceArn"))).containsExactly(topicArn);
        assertThat(orders.get(1).path("Principal").path("Service").asText()).isEqualTo("sns.amazonaws.com");
        assertThat(orders.get(1).path("Action").asText()).isEqualTo("sqs:SendMessage");
        assertThat(orders.get(1).path("Resource").asText()).isEqualTo(queueRef("team-orders", "arn"));

        JsonNode mail = queuePolicy("team-mail").path("Statement");
        assertThat(mail).extracting(s -> s.path("Sid").asText())
                .containsExactly("DenyInsecureTransport", "TopicsSend", "RulesSend");
        assertThat(texts(mail.get(2).path("Condition").path("ArnEquals").path("aws:SourceArn"))).containsExactly(signedUp);
        assertThat(mail.get(2).path("Principal").path("Service").asText()).isEqualTo("events.amazonaws.com");

        JsonNode ledger = queuePolicy("team-ledger.fifo").path("Statement");
        assertThat(ledger).extracting(s -> s.path("Sid").asText()).containsExactly("DenyInsecureTransport", "RulesSend");
        assertThat(texts(ledger.get(1).path("Condition").path("ArnEquals").path("aws:SourceArn"))).containsExactly(orderPlaced);

        JsonNode ruleDeadLetter = queuePolicy("team-order-placed-events-dlq").path("Statement");
        assertThat(texts(ruleDeadLetter.get(1).path("Condition").path("ArnEquals").path("aws:SourceArn")))
                .containsExactly(orderPlaced);
        assertThat(queuePolicy("team-orders-dlq").path("Statement")).hasSize(1);
        assertThat(orders.get(0).path("Effect").asText()).isEqualTo("Deny");
        assertThat(orders.get(0).path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        assertThat(resources.path(SqsQueuePolicy.TF_RESOURCE_TYPE)).hasSize(8);
    }

    @Test
    void should_encrypt_the_topic_and_subscribe_its_queues_with_raw_delivery() {
        JsonNode topic = find(SnsTopic.TF_RESOURCE_TYPE, "name", "team-order-events").getValue();
        assertThat(topic.path("kms_master_key_id").asText()).startsWith("${aws_kms_key.");
        JsonNode subscriptions = resources.path(SnsTopicSubscription.TF_RESOURCE_TYPE);
        assertThat(subscriptions).hasSize(2).allSatisfy(s -> {
            assertThat(s.path("protocol").asText()).isEqualTo("sqs");
            assertThat(s.path("raw_message_delivery").asBoolean()).isTrue();
            assertThat(s.path("topic_arn").asText()).isEqualTo(ref(SnsTopic.TF_RESOURCE_TYPE, "name", "team-order-events", "arn"));
        });
        assertThat(subscriptions).extracting(s -> s.path("endpoint").asText())
                .containsExactlyInAnyOrder(queueRef("team-orders", "arn"), queueRef("team-mail", "arn"));
    }

    @Test
    void should_archive_the_bus_and_deliver_each_rule_with_retries_and_its_own_dead_letter_queue() throws Exception {
        JsonNode bus = resources.path(CloudwatchEventBus.TF_RESOURCE_TYPE).elements().next();
        assertThat(bus.path("name").asText()).isEqualTo("team-events");
        JsonNode archive = resources.path(CloudwatchEventArchive.TF_RESOURCE_TYPE).elements().next();
        assertThat(archive.path("retention_days").asInt()).isEqualTo(21);
        assertThat(archive.path("event_source_arn").asText()).isEqualTo(ref(CloudwatchEventBus.TF_RESOURCE_TYPE, "name", "team-events", "arn"));

        JsonNode rule = find(CloudwatchEventRule.TF_RESOURCE_TYPE, "name", "signed-up").getValue();
        assertThat(rule.path("event_bus_name").asText()).isEqualTo(ref(CloudwatchEventBus.TF_RESOURCE_TYPE, "name", "team-events", "name"));
        assertThat(json(rule.path("event_pattern")).path("source").get(0).asText()).isEqualTo("haevn.accounts");

        JsonNode signedUp = find(CloudwatchEventTarget.TF_RESOURCE_TYPE, "arn", queueRef("team-mail", "arn")).getValue();
        assertThat(signedUp.path("rule").asText()).isEqualTo(ref(CloudwatchEventRule.TF_RESOURCE_TYPE, "name", "signed-up", "name"));
        assertThat(signedUp.path("dead_letter_config").path("arn").asText()).isEqualTo(queueRef("team-signed-up-events-dlq", "arn"));
        assertThat(signedUp.path("retry_policy").path("maximum_retry_attempts").asInt()).isEqualTo(8);
        assertThat(signedUp.path("retry_policy").path("maximum_event_age_in_seconds").asInt()).isEqualTo(3600);
        assertThat(signedUp.has("sqs_target")).isFalse();

        JsonNode ledger = find(CloudwatchEventTarget.TF_RESOURCE_TYPE, "arn", queueRef("team-ledger.fifo", "arn")).getValue();
        assertThat(ledger.path("dead_letter_config").path("arn").asText()).isEqualTo(queueRef("team-order-placed-events-dlq", "arn"));
        assertThat(ledger.path("retry_policy").path("maximum_retry_attempts").asInt()).isEqualTo(20);
        assertThat(ledger.path("retry_policy").path("maximum_event_age_in_seconds").asInt()).isEqualTo(7200);
        assertThat(ledger.path("sqs_target").path("message_group_id").asText()).isEqualTo("order-placed");
        assertThat(queue("team-order-placed-events-dlq").has("fifo_queue")).isFalse();
    }

    @Test
    void should_alarm_on_the_depth_of_every_dead_letter_queue() {
        JsonNode alarms = resources.path(CloudwatchMetricAlarm.TF_RESOURCE_TYPE);
        assertThat(alarms).extracting(a -> a.path("dimensions").path("QueueName").asText()).containsExactlyInAnyOrder(
                queueRef("team-orders-dlq", "name"), queueRef("team-mail-dlq", "name"),
                queueRef("team-ledger-dlq.fifo", "name"), queueRef("team-signed-up-events-dlq", "name"),
                queueRef("team-order-placed-events-dlq", "name"));
        assertThat(alarms).allSatisfy(alarm -> {
            assertThat(alarm.path("namespace").asText()).isEqualTo("AWS/SQS");
            assertThat(alarm.path("metric_name").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(alarm.path("comparison_operator").asText()).isEqualTo("GreaterThanThreshold");
            assertThat(alarm.path("threshold").asInt()).isEqualTo(2);
            assertThat(texts(alarm.path("alarm_actions"))).containsExactly(ALARMS);
            assertThat(texts(alarm.path("ok_actions"))).containsExactly(ALARMS);
        });
    }
}
