package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint changes with what would be applied, and only with that. */
class PlanFingerprintTest {

    private static final Path HAND_WRITTEN = Path.of("test", "resources", "planreport", "hand-written.plan.json");

    private static ObjectNode plan() throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(HAND_WRITTEN.toFile());
    }

    private static ObjectNode change(ObjectNode plan, String address) {
        for (JsonNode entry : plan.path("resource_changes")) {
            if (entry.path("address").asText().equals(address)) {
                return (ObjectNode) entry.path("change");
            }
        }
        throw new AssertionError("no " + address);
    }

    @Test
    void should_ignore_timestamps_drift_prior_state_and_the_release_owned_weights() throws IOException {
        ObjectNode replanned = plan();
        replanned.put("timestamp", "2026-12-02T08:30:00Z").put("terraform_version", "1.11.5");
        replanned.remove("resource_drift");
        // the release moved the canary to 100 % between review and deploy
        ObjectNode rule = change(replanned, "aws_lb_listener_rule.forward");
        for (String side : new String[] {"before", "after"}) {
            JsonNode groups = rule.at("/" + side + "/action/0/forward/0/target_group");
            ((ObjectNode) groups.get(0)).put("weight", 0);
            ((ObjectNode) groups.get(1)).put("weight", 100);
        }
        // prior state of an update read differently
        ((ObjectNode) change(replanned, "aws_sqs_queue.unchanged").get("before")).put("name", "renamed-by-refresh");

        assertThat(PlanFingerprint.of(replanned)).isEqualTo(PlanFingerprint.of(plan()));
    }

    @Test
    void should_change_when_a_planned_value_action_or_resource_changes() throws IOException {
        String reviewed = PlanFingerprint.of(plan());

        ObjectNode value = plan();
        ((ObjectNode) change(value, "aws_instance.bastion").get("after")).put("instance_type", "m7i.large");
        ObjectNode action = plan();
        change(action, "aws_secretsmanager_secret_version.api").putArray("actions").add("delete").add("create");
        ObjectNode added = plan();
        ((com.fasterxml.jackson.databind.node.ArrayNode) added.get("resource_changes"))
                .add(((ObjectNode) plan().get("resource_changes").get(4).deepCopy()).put("address", "aws_instance.extra"));

        assertThat(PlanFingerprint.of(value)).isNotEqualTo(reviewed);
        assertThat(PlanFingerprint.of(action)).isNotEqualTo(reviewed);
        assertThat(PlanFingerprint.of(added)).isNotEqualTo(reviewed);
        assertThat(reviewed).startsWith("sha256:").hasSize("sha256:".length() + 64);
    }
}
