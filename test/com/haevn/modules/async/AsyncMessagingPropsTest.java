package com.haevn.modules.async;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link AsyncMessagingProps} and its specs refuse, with the value received in the message. */
class AsyncMessagingPropsTest {

    @Test
    void should_name_every_resource_from_the_prefix() {
        AsyncMessagingProps props = AsyncMessagingTest.props().build();
        QueueSpec ledger = props.queues().get(2);

        assertThat(props.queueName(ledger)).isEqualTo("team-ledger.fifo");
        assertThat(props.deadLetterQueueName(ledger)).isEqualTo("team-ledger-dlq.fifo");
        assertThat(props.targetDeadLetterQueueName(props.rules().get(0))).isEqualTo("team-signed-up-events-dlq");
        assertThat(props.archiveName()).isEqualTo("team-events-archive");
    }

    @Test
    void should_refuse_a_topic_subscribing_an_unknown_queue_naming_the_known_ones() {
        assertThatThrownBy(() -> AsyncMessagingTest.props()
                .topics(List.of(new TopicSpec("t", false, false, List.of("order")))).build())
                .hasMessage("topic t names unknown queue order; known queues: ledger.fifo, mail, orders");
    }

    @Test
    void should_refuse_a_fifo_queue_on_a_standard_topic() {
        assertThatThrownBy(() -> AsyncMessagingTest.props()
                .topics(List.of(new TopicSpec("t", false, false, List.of("ledger.fifo")))).build())
                .hasMessageContaining("standard topic t cannot deliver to FIFO queue ledger.fifo");
    }

    @Test
    void should_refuse_a_rule_targeting_an_unknown_queue() {
        assertThatThrownBy(() -> AsyncMessagingTest.props()
                .rules(List.of(new RuleSpec("r", "{\"source\":[\"x\"]}", "nowhere", 1, 60))).build())
                .hasMessageContaining("rule r names unknown queue nowhere");
    }

    @Test
    void should_refuse_work_queues_that_keep_messages_as_long_as_their_dead_letter_queues() {
        assertThatThrownBy(() -> AsyncMessagingTest.props().queueRetentionSeconds(1_209_600).build())
                .hasMessageContaining("shorter than the dead-letter queues' 1209600 s, got 1209600");
    }

    @Test
    void should_refuse_names_longer_than_sqs_accepts() {
        String name = "q".repeat(72);
        assertThatThrownBy(() -> AsyncMessagingTest.props().queues(List.of(new QueueSpec(name, 30, 5, false))).topics(List.of())
                .rules(List.of()).build())
                .hasMessage("queue names longer than SQS's 80 characters: [team-" + name + "-dlq]");
    }

    @Test
    void should_refuse_a_fifo_suffix_that_does_not_match_the_kind() {
        assertThatThrownBy(() -> new QueueSpec("orders.fifo", 30, 5, false))
                .hasMessage("queue orders.fifo is standard and must not end in .fifo");
        assertThatThrownBy(() -> new QueueSpec("orders", 30, 5, true))
                .hasMessage("queue orders is FIFO and must end in .fifo");
    }

    @Test
    void should_refuse_values_outside_what_aws_accepts() {
        assertThatThrownBy(() -> new QueueSpec("q", 43_201, 5, false)).hasMessageContaining("got 43201");
        assertThatThrownBy(() -> new QueueSpec("q", 30, 0, false)).hasMessageContaining("1..1000, got 0");
        assertThatThrownBy(() -> new RuleSpec("r", "{\"source\":[\"x\"]}", "q", 186, 60)).hasMessageContaining("got 186");
        assertThatThrownBy(() -> new RuleSpec("r", "{\"source\":[\"x\"]}", "q", 1, 59)).hasMessageContaining("got 59");
        assertThatThrownBy(() -> new RuleSpec("r", "[]", "q", 1, 60)).hasMessageContaining("non-empty JSON object");
    }
}
