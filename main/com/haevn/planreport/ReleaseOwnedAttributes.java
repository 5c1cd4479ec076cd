package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the application release owns and Terraform ignores: the front door forward rule's weighted target groups
 * ({@code action[*].forward[*].target_group} of an {@code aws_lb_listener_rule}, ignore_changes in the front door
 * module). A release moves them between review and deploy, and between two nightly drift checks, without any
 * change to the infrastructure: the fingerprint and the drift section leave them out.
 */
public final class ReleaseOwnedAttributes {

    static final String RULE_TYPE = "aws_lb_listener_rule";

    private ReleaseOwnedAttributes() {
    }

    /** A copy of {@code value} (an object of {@code type}'s attributes) without the release-owned attributes. */
    public static JsonNode without(String type, JsonNode value) {
        if (!RULE_TYPE.equals(type) || value == null || !value.isObject()) {
            return value;
        }
        ObjectNode copy = ((ObjectNode) value).deepCopy();
        for (JsonNode action : copy.path("action")) {
            for (JsonNode forward : action.path("forward")) {
                if (forward.isObject()) {
                    ((ObjectNode) forward).remove("target_group");
                }
            }
        }
        return copy;
    }

    /** Whether an attribute path ({@code action[0].forward[0].target_group[1].weight}) is release-owned. */
    public static boolean owns(String type, String path) {
        return RULE_TYPE.equals(type) && path.matches("action\\[\\d+]\\.forward\\[\\d+]\\.target_group(\\[.*)?");
    }
}
