package com.haevn.layers.async;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The async stacks of dev, staging and both prod regions, as the environment files configure them. */
class AsyncLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    /** The queues of a stack by name in AWS. */
    private static Map<String, JsonNode> queues(String stack) {
        Map<String, JsonNode> queues = new LinkedHashMap<>();
        SynthesizedPlatform.resources(stack, "aws_sqs_queue").forEach(q -> queues.put(q.path("name").asText(), q));
        return queues;
    }

    /** The interpolation of a queue attribute, by the queue's name in AWS. */
    private static String queueRef(String stack, String name, String attribute) {
        var fields = SynthesizedPlatform.resources(stack, "aws_sqs_queue").fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            if (entry.getValue().path("name").asText().equals(name)) {
                return "${aws_sqs_queue." + entry.getKey() + "." + attribute + "}";
            }
        }
        throw new AssertionError("no queue " + name + " in " + stack);
    }

    private static JsonNode json(JsonNode text) {
        try {
            return JSON.readTree(text.asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-async, dev", "staging-use1-async, staging", "staging-usw2-async, staging",
            "prod-use1-async, prod", "prod-usw2-async, prod"})
    void should_keep_every_dead_letter_queue_14_days_and_redrive_after_the_configured_receives(String stack, String env) {
        Map<String, JsonNode> queues = queues(stack);
        String prefix = "haevn-" + env + "-";
        List<String> deadLetter = List.of("orders-dlq", "notifications-dlq", "media-processing-dlq",
                "order-ledger-dlq.fifo", "media-uploaded-events-dlq", "user-signed-up-events-dlq",
                "order-ledger-events-dlq");
        assertThat(queues).hasSize(11);
        deadLetter.forEach(name -> assertThat(queues.get(prefix + name).path("message_retention_seconds").asInt())
                .as(name).isEqualTo(1_209_600));
        Map<String, Integer> receives = Map.of("orders", 5, "notifications", 5, "media-processing", 3,
                "order-ledger.fifo", 5);
        receives.forEach((name, count) -> {
            JsonNode redrive = json(queues.get(prefix + name).path("redrive_policy"));
            assertThat(redrive.path("maxReceiveCount").asInt()).as(name).isEqualTo(count);
            assertThat(redrive.path("deadLetterTargetArn").asText())
                    .isEqualTo(queueRef(stack, prefix + name.replace(".fifo", "") + "-dlq" + (name.endsWith(".fifo") ? ".fifo" : ""), "arn"));
            assertThat(queues.get(prefix + name).path("message_retention_seconds").asInt()).isEqualTo(345_600);
        });
        assertThat(queues.get(prefix + "media-processing").path("visibility_timeout_seconds").asInt()).isEqualTo(900);
        assertThat(all(stack, "aws_sqs_queue_redrive_allow_policy")).extracting(p -> texts(
                json(p.path("redrive_allow_policy")).path("sourceQueueArns")).get(0)).containsExactlyInAnyOrder(
                queueRef(stack, prefix + "orders", "arn"), queueRef(stack, prefix + "notifications", "arn"),
                queueRef(stack, prefix + "media-processing", "arn"), queueRef(stack, prefix + "order-ledger.fifo", "arn"));
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-async, us-east-1, 210987654321, dev", "staging-usw2-async, us-west-2, 320987654321, staging",
            "prod-use1-async, us-east-1, 430987654321, prod", "prod-usw2-async, us-west-2, 430987654321, prod"})
    void should_let_sns_and_eventbridge_of_the_region_use_the_key(String stack, String region, String account,
                                                                 String env) {
        JsonNode key = all(stack, "aws_kms_key").get(0);
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        JsonNode statements = json(key.path("policy")).path("Statement");
        assertThat(statements).extracting(s -> s.path("Principal").path("Service").asText())
                .containsExactly("", "sns.amazonaws.com", "events.amazonaws.com");
        assertThat(statements.get(1).path("Condition").path("ArnLike").path("aws:SourceArn").asText())
                .isEqualTo("arn:aws:sns:" + region + ":" + account + ":haevn-" + env + "-*");
        assertThat(statements.get(2).path("Condition").path("ArnLike").path("aws:SourceArn").asText())
                .isEqualTo("arn:aws:events:" + region + ":" + account + ":rule/haevn-" + env + "-events/*");
        assertThat(statements.get(2).path("Condition").path("StringEquals").path("aws:SourceAccount").asText())
                .isEqualTo(account);
        assertThat(all(stack, "aws_sqs_queue")).allSatisfy(q ->
                assertThat(q.path("kms_master_key_id").asText()).startsWith("${aws_kms_key."));
        assertThat(all(stack, "aws_sns_topic")).allSatisfy(t ->
                assertThat(t.path("kms_master_key_id").asText()).startsWith("${aws_kms_key."));
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-async, dev", "staging-use1-async, staging", "prod-use1-async, prod", "prod-usw2-async, prod"})
    void should_fan_order_events_out_to_orders_and_notifications_and_admit_only_that_topic(String stack, String env) {
        String prefix = "haevn-" + env + "-";
        assertThat(all(stack, "aws_sns_topic")).extracting(t -> t.path("name").asText())
                .containsExactly(prefix + "order-events");
        assertThat(all(stack, "aws_sns_topic_subscription")).extracting(s -> s.path("endpoint").asText())
                .containsExactlyInAnyOrder(queueRef(stack, prefix + "orders", "arn"),
                        queueRef(stack, prefix + "notifications", "arn"));
        assertThat(all(stack, "aws_sns_topic_subscription")).allSatisfy(s ->
                assertThat(s.path("raw_message_delivery").asBoolean()).isTrue());
        JsonNode ordersPolicy = all(stack, "aws_sqs_queue_policy").stream()
                .filter(p -> p.path("queue_url").asText().equals(queueRef(stack, prefix + "orders", "url")))
                .findFirst().orElseThrow();
        JsonNode statements = json(ordersPolicy.path("policy")).path("Statement");
        assertThat(statements).hasSize(2);
        assertThat(texts(statements.get(1).path("Condition").path("ArnEquals").path("aws:SourceArn")))
                .singleElement().asString().startsWith("${aws_sns_topic.").endsWith(".arn}");
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-async, 7", "staging-use1-async, 14", "prod-use1-async, 30", "prod-usw2-async, 30"})
    void should_archive_the_bus_and_deliver_the_app_events_with_retries_and_dead_letter_queues(String stack, int days) {
        assertThat(all(stack, "aws_cloudwatch_event_archive").get(0).path("retention_days").asInt()).isEqualTo(days);
        Map<String, String> patterns = new LinkedHashMap<>();
        all(stack, "aws_cloudwatch_event_rule").forEach(r -> patterns.put(r.path("name").asText(), r.path("event_pattern").asText()));
        assertThat(patterns).containsOnly(
                Map.entry("media-uploaded", "{\"detail-type\":[\"MediaUploaded\"],\"source\":[\"haevn.media\"]}"),
                Map.entry("user-signed-up", "{\"detail-type\":[\"UserSignedUp\"],\"source\":[\"haevn.accounts\"]}"),
                Map.entry("order-ledger", "{\"detail-type\":[\"OrderPlaced\",\"OrderPaid\",\"OrderRefunded\"],"
                        + "\"source\":[\"haevn.orders\"]}"));
        List<JsonNode> targets = all(stack, "aws_cloudwatch_event_target");
        assertThat(targets).hasSize(3).allSatisfy(t -> {
            assertThat(t.path("dead_letter_config").path("arn").asText()).startsWith("${aws_sqs_queue.");
            assertThat(t.path("arn").asText()).startsWith("${aws_sqs_queue.");
        });
        assertThat(targets).extracting(t -> t.path("retry_policy").path("maximum_retry_attempts").asInt())
                .containsExactlyInAnyOrder(8, 8, 24);
        assertThat(targets).extracting(t -> t.path("retry_policy").path("maximum_event_age_in_seconds").asInt())
                .containsExactlyInAnyOrder(3600, 3600, 86400);
        JsonNode ledger = targets.stream().filter(t -> t.has("sqs_target")).findFirst().orElseThrow();
        assertThat(ledger.path("sqs_target").path("message_group_id").asText()).isEqualTo("order-ledger");
        assertThat(ledger.path("arn").asText()).isEqualTo(queueRef(stack, "haevn-" + stack.substring(0, stack.indexOf('-'))
                + "-order-ledger.fifo", "arn"));
        assertThat(ledger.path("dead_letter_config").path("arn").asText()).isEqualTo(queueRef(stack,
                "haevn-" + stack.substring(0, stack.indexOf('-')) + "-order-ledger-events-dlq", "arn"));
        assertThat(ledger.path("retry_policy").path("maximum_retry_attempts").asInt()).isEqualTo(24);
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-async, dev-use1-alerts", "staging-usw2-async, staging-usw2-alerts",
            "prod-use1-async, prod-use1-alerts", "prod-usw2-async, prod-usw2-alerts"})
    void should_alarm_on_every_dead_letter_queue_to_the_regions_alerts_topic(String stack, String alerts) {
        List<JsonNode> alarms = all(stack, "aws_cloudwatch_metric_alarm");
        assertThat(alarms).hasSize(7).allSatisfy(alarm -> {
            assertThat(alarm.path("metric_name").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
            assertThat(alarm.path("threshold").asInt()).isZero();
            assertThat(alarm.path("comparison_operator").asText()).isEqualTo("GreaterThanThreshold");
            assertThat(texts(alarm.path("alarm_actions"))).singleElement().asString()
                    .isEqualTo("${data.terraform_remote_state.remote-state-" + alerts + ".outputs.topic_arn}");
        });
        JsonNode outputs = SynthesizedPlatform.stack(stack).path("output");
        assertThat(outputs.path("queue_names").path("value")).extracting(JsonNode::asText)
                .containsExactly("orders", "notifications", "media-processing", "order-ledger.fifo");
        assertThat(outputs.path("queue_arns").path("value")).hasSize(4);
        assertThat(outputs.path("topic_names").path("value")).extracting(JsonNode::asText).containsExactly("order-events");
        assertThat(outputs.path("bus_name").path("value").asText()).startsWith("${aws_cloudwatch_event_bus.");
        assertThat(outputs.path("key_arn").path("value").asText()).startsWith("${aws_kms_key.");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
