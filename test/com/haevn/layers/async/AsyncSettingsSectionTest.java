package com.haevn.layers.async;

import com.haevn.environment.Environments;
import com.haevn.modules.async.QueueSpec;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code async} section: what it reads from the staging fixture and what it refuses. */
class AsyncSettingsSectionTest {

    @TempDir
    Path dir;

    private static final String ORDERS = "- { name: orders, visibility_timeout_seconds: 60, max_receives: 5, fifo: false }";
    private static final String TOPIC = "queues: [orders] }";

    @Test
    void should_read_queues_topics_and_rules_with_the_event_pattern_as_sorted_json() {
        EnvironmentFixtures.write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));
        Environments environments = EnvironmentFixtures.load(dir);
        AsyncSettings settings = environments.all().get(0).settings(AsyncLayer.SETTINGS);

        assertThat(settings.queues()).containsExactly(new QueueSpec("orders", 60, 5, false),
                new QueueSpec("ledger.fifo", 30, 3, true));
        assertThat(settings.topics().get(0).queues()).containsExactly("orders");
        assertThat(settings.topics().get(0).rawMessageDelivery()).isTrue();
        assertThat(settings.archiveRetentionDays()).isEqualTo(14);
        assertThat(settings.rules().get(0).eventPattern())
                .isEqualTo("{\"detail-type\":[\"OrderPlaced\"],\"source\":[\"haevn.orders\"]}");
        assertThat(settings.rules().get(0).targetQueue()).isEqualTo("ledger.fifo");
    }

    @Test
    void should_refuse_a_topic_subscribing_an_unknown_queue_with_did_you_mean_and_the_known_queues() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(TOPIC, "queues: [order] }")), "qa.yaml",
                "async.topics[0].queues[0]", line("topics") + 1,
                "no queue is named \"order\" (did you mean \"orders\"?); the queues are: orders, ledger.fifo");
    }

    @Test
    void should_refuse_a_rule_targeting_an_unknown_queue() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("target_queue: ledger.fifo", "target_queue: ledger")), "qa.yaml",
                "async.rules[0].target_queue", line("target_queue"),
                "no queue is named \"ledger\" (did you mean \"ledger.fifo\"?); the queues are: orders, ledger.fifo");
    }

    @Test
    void should_refuse_a_fifo_queue_whose_name_lacks_the_suffix() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("name: ledger.fifo,", "name: ledger,")
                        .replace("target_queue: ledger.fifo", "target_queue: ledger")), "qa.yaml",
                "async.queues[1].name", line("queues") + 2,
                "queue \"ledger\" is FIFO (fifo: true) but its name does not end in .fifo, which AWS requires; "
                        + "name it ledger.fifo");
    }

    @Test
    void should_refuse_the_fifo_suffix_on_a_standard_queue() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("name: ledger.fifo, visibility_timeout_seconds: 30, max_receives: 3, fifo: true",
                        "name: ledger.fifo, visibility_timeout_seconds: 30, max_receives: 3, fifo: false")), "qa.yaml",
                "async.queues[1].name", line("queues") + 2,
                "\"ledger.fifo\" ends in .fifo, which AWS allows on FIFO queues only; set fifo: true, or name it ledger");
    }

    @Test
    void should_refuse_a_fifo_queue_on_a_standard_topic() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(TOPIC, "queues: [orders, ledger.fifo] }")), "qa.yaml",
                "async.topics[0].queues[1]", line("topics") + 1,
                "FIFO queue \"ledger.fifo\" cannot subscribe to a standard topic; SNS delivers to FIFO queues from "
                        + "FIFO topics only");
    }

    @Test
    void should_refuse_a_name_too_long_for_sqs() {
        String name = "q".repeat(41);
        assertOnlyProblem(problemsOfQa(dir, qaWith(ORDERS, ORDERS.replace("name: orders", "name: " + name))
                        .replace(TOPIC, "queues: [] }")), "qa.yaml", "async.queues[0].name", line("queues") + 1,
                "\"" + name + "\" is 41 characters before any .fifo; use at most 40, so that haevn-<environment>-"
                        + name + "-events-dlq fits SQS's 80 characters for every environment name");
    }

    @Test
    void should_refuse_a_queue_defined_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(ORDERS, ORDERS + "\n    " + ORDERS)), "qa.yaml",
                "async.queues[1].name", line("queues") + 2,
                "queue name \"orders\" is used twice; give each queue its own");
    }

    @Test
    void should_refuse_values_outside_the_ranges_aws_accepts() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("visibility_timeout_seconds: 60", "visibility_timeout_seconds: 43201")),
                "qa.yaml", "async.queues[0].visibility_timeout_seconds", line("queues") + 1,
                "43201 is not a visibility timeout SQS accepts (seconds); use 0..43200");
        assertOnlyProblem(problemsOfQa(dir, qaWith("max_receives: 5", "max_receives: 0")), "qa.yaml",
                "async.queues[0].max_receives", line("queues") + 1,
                "0 is not a redrive policy's maximum receive count; use 1..1000");
        assertOnlyProblem(problemsOfQa(dir, qaWith("retry_attempts: 8", "retry_attempts: 186")), "qa.yaml",
                "async.rules[0].retry_attempts", line("retry_attempts"),
                "186 is not a retry count EventBridge accepts; use 0..185");
        assertOnlyProblem(problemsOfQa(dir, qaWith("max_event_age_seconds: 3600", "max_event_age_seconds: 59")),
                "qa.yaml", "async.rules[0].max_event_age_seconds", line("max_event_age_seconds"),
                "59 is not an event age EventBridge accepts (seconds); use 60..86400");
    }

    @Test
    void should_refuse_a_staging_archive_shorter_than_the_dead_letter_retention() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("archive_retention_days: 14", "archive_retention_days: 3")),
                "qa.yaml", "async.archive_retention_days", line("archive_retention_days"),
                "a staging environment keeps its events at least 14 days, as long as dead-letter queues keep "
                        + "messages, so that events that never reached a queue can be replayed in the same window; got 3");
    }

    @Test
    void should_refuse_an_event_pattern_field_that_is_not_a_list() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("source: [haevn.orders]", "source: haevn.orders")), "qa.yaml",
                "async.rules[0].event_pattern.source", line("event_pattern"),
                "EventBridge matches a field against a list of values: write source: [haevn.orders], or a mapping "
                        + "of nested fields");
    }

    @Test
    void should_refuse_a_yaml_boolean_spelled_as_a_word_in_an_event_pattern() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("detail-type: [OrderPlaced]", "detail-type: [OrderPlaced, yes]")),
                "qa.yaml", "async.rules[0].event_pattern.detail-type[1]", line("event_pattern"),
                "\"yes\" reads as a YAML boolean; write true or false, or quote it (\"yes\") to match the text");
    }
}
