package com.haevn.layers.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The alerts stacks of the platform and the {@code alerts} section. */
class AlertsLayerTest {

    @TempDir
    Path dir;

    @Test
    void should_give_every_region_its_own_encrypted_topic_with_the_configured_receivers() {
        for (String stack : new String[] {"prod-use1-alerts", "prod-usw2-alerts"}) {
            JsonNode topic = SynthesizedPlatform.resources(stack, "aws_sns_topic").elements().next();
            assertThat(topic.path("name").asText()).isEqualTo("haevn-prod-alerts");
            assertThat(topic.path("kms_master_key_id").asText()).startsWith("${aws_kms_key.");
            assertThat(SynthesizedPlatform.resources(stack, "aws_sns_topic_subscription"))
                    .extracting(s -> s.path("endpoint").asText())
                    .containsExactlyInAnyOrder("https://hooks.haevn.io/sns/prod-infra-alerts",
                            "https://events.pagerduty.com/integration/haevn-prod/enqueue");
        }
        assertThat(SynthesizedPlatform.stack("prod-usw2-alerts").path("output").path("topic_arn").path("value").asText())
                .startsWith("${aws_sns_topic.");
    }

    @Test
    void should_refuse_a_receiver_that_is_not_https() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("endpoint: \"https://hooks.example.com/qa\"",
                        "endpoint: \"http://hooks.example.com/qa\"")), "qa.yaml", "alerts.subscriptions[0].endpoint",
                line("- { name"), "\"http://hooks.example.com/qa\" is not an HTTPS URL; alerts are delivered over "
                        + "HTTPS only, e.g. https://events.pagerduty.com/integration/KEY/enqueue");
    }

    @Test
    void should_refuse_a_staging_environment_that_pages_nobody() {
        String text = qaWith("    - { name: infra-alerts, endpoint: \"https://hooks.example.com/qa\", auto_confirms: false }\n", "")
                .replace("  subscriptions:\n", "  subscriptions: []\n");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "alerts.subscriptions", line("subscriptions"),
                "a staging environment needs at least one receiver, so that its alarms page someone; add { name: "
                        + "paging, endpoint: https://..., auto_confirms: true }");
    }

    @Test
    void should_refuse_a_quoted_boolean() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("auto_confirms: false", "auto_confirms: \"false\"")), "qa.yaml",
                "alerts.subscriptions[0].auto_confirms", line("- { name"), "expected true or false, got the quoted text \"false\"");
    }
}
