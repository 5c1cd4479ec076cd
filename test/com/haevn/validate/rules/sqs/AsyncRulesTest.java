package com.haevn.validate.rules.sqs;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.Inputs;
import com.haevn.validate.rules.sns.TopicEncryptionRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncRulesTest {

    private static final String QUEUE_WITH_DLQ = """
            {"resource": {"aws_sqs_queue": {
              "jobs": {"name": "jobs", "sqs_managed_sse_enabled": true,
                "redrive_policy": "${jsonencode({\\"deadLetterTargetArn\\" = aws_sqs_queue.jobs_dlq.arn, \\"maxReceiveCount\\" = 5})}"},
              "jobs_dlq": {"name": "jobs-dlq", "kms_master_key_id": "alias/haevn-async",
                "message_retention_seconds": %s}}}}
            """;

    @Test
    void should_accept_a_queue_redriving_to_a_fourteen_day_dlq() {
        String json = QUEUE_WITH_DLQ.formatted("1209600");

        assertThat(Inputs.run(new QueueEncryptionRule(), Inputs.terraform(json)).compliant()).isTrue();
        assertThat(Inputs.run(new DeadLetterQueueRule(), Inputs.terraform(json)).compliant()).isTrue();
        assertThat(Inputs.run(new DeadLetterRetentionRule(), Inputs.terraform(json)).compliant()).isTrue();
    }

    @Test
    void should_report_a_dlq_keeping_messages_four_days() {
        assertThat(Inputs.findings(new DeadLetterRetentionRule(), Inputs.terraform(QUEUE_WITH_DLQ.formatted("345600"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.address()).isEqualTo("aws_sqs_queue.jobs_dlq");
                    assertThat(f.message()).contains("message_retention_seconds 345600, expected 1209600");
                });
    }

    @Test
    void should_report_an_unencrypted_queue_without_redrive() {
        String json = """
                {"resource": {"aws_sqs_queue": {"q": {"name": "q", "sqs_managed_sse_enabled": false}}}}
                """;

        assertThat(Inputs.findings(new QueueEncryptionRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("sqs_managed_sse_enabled false"));
        assertThat(Inputs.findings(new DeadLetterQueueRule(), Inputs.terraform(json))).extracting(Finding::ruleId)
                .containsExactly("HVN-SQS-002");
        assertThat(Inputs.run(new DeadLetterRetentionRule(), Inputs.terraform(json)).applicable()).isFalse();
    }

    @Test
    void should_find_the_dlq_of_a_plan_by_its_arn() {
        String plan = """
                {"planned_values": {"root_module": {"resources": [
                  {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                   "values": {"name": "q", "redrive_policy":
                     "{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:1:q-dlq\\",\\"maxReceiveCount\\":5}"}},
                  {"address": "aws_sqs_queue.d", "mode": "managed", "type": "aws_sqs_queue", "name": "d",
                   "values": {"name": "q-dlq", "message_retention_seconds": 86400}}]}}}
                """;

        List<Finding> findings = Inputs.findings(new DeadLetterRetentionRule(), Inputs.plan(plan));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.address()).isEqualTo("aws_sqs_queue.d"));
        assertThat(Inputs.findings(new DeadLetterQueueRule(), Inputs.plan(plan))).isEmpty();
    }

    /** A queue whose redrive_allow_policy the plan leaves unknown, and its configuration's expression for it. */
    private static String planWithUnknownRedriveAllow(String expressions) {
        return """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                   "values": {"name": "q", "message_retention_seconds": 345600, "redrive_policy":
                     "{\\"deadLetterTargetArn\\":\\"arn:aws:sqs:us-east-1:1:q-dlq\\",\\"maxReceiveCount\\":5}"}},
                  {"address": "aws_sqs_queue.d", "mode": "managed", "type": "aws_sqs_queue", "name": "d",
                   "values": {"name": "q-dlq", "message_retention_seconds": 1209600}}]}},
                 "resource_changes": [
                  {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                   "change": {"actions": ["create"], "after_unknown": {"arn": true, "redrive_allow_policy": true}}},
                  {"address": "aws_sqs_queue.d", "mode": "managed", "type": "aws_sqs_queue", "name": "d",
                   "change": {"actions": ["create"], "after_unknown": {"arn": true, "redrive_allow_policy": true}}}],
                 "configuration": {"root_module": {"resources": [
                  {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                   "expressions": {%s}}]}}}
                """.formatted(expressions);
    }

    @Test
    void should_not_take_a_plans_computed_redrive_allow_policy_for_a_dead_letter_queue() {
        String plan = planWithUnknownRedriveAllow("\"name\": {\"constant_value\": \"q\"}");

        assertThat(Inputs.findings(new DeadLetterRetentionRule(), Inputs.plan(plan))).isEmpty();
    }

    @Test
    void should_take_a_redrive_allow_policy_the_configuration_sets_for_a_dead_letter_queue() {
        String plan = planWithUnknownRedriveAllow("\"redrive_allow_policy\": {\"references\": "
                + "[\"aws_sqs_queue.other.arn\", \"aws_sqs_queue.other\"]}");

        assertThat(Inputs.findings(new DeadLetterRetentionRule(), Inputs.plan(plan))).singleElement()
                .satisfies(f -> assertThat(f.address()).isEqualTo("aws_sqs_queue.q"));
    }

    @Test
    void should_require_a_kms_key_on_topics() {
        assertThat(Inputs.findings(new TopicEncryptionRule(), Inputs.terraform("""
                {"resource": {"aws_sns_topic": {"t": {"name": "t"}, "k": {"kms_master_key_id": "${aws_kms_key.k.id}"}}}}
                """))).singleElement().satisfies(f -> assertThat(f.address()).isEqualTo("aws_sns_topic.t"));
    }
}
