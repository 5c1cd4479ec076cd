package com.haevn.planreport.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plan JSON of many resource changes, shaped like the platform's: for every 100 changes, 80 creates (subnets,
 * queues, log groups with tags and unknown ids), 15 in-place updates (tags), 4 replacements (forced by a name)
 * and 1 delete of a stateful queue. The region goes into every value, so two regions' plans differ only where
 * the region is named.
 */
public final class GeneratedPlan {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedPlan() {
    }

    public static ObjectNode of(int changes, String region) {
        ObjectNode plan = JSON.createObjectNode();
        plan.put("format_version", "1.2").put("terraform_version", "1.11.4").put("timestamp", "2026-12-01T10:00:00Z");
        plan.putObject("planned_values").putObject("root_module");
        ArrayNode entries = plan.putArray("resource_changes");
        for (int i = 0; i < changes; i++) {
            int slot = i % 100;
            if (slot < 80) {
                entries.add(create(i));
            } else if (slot < 95) {
                entries.add(update(i));
            } else if (slot < 99) {
                entries.add(replace(i));
            } else {
                entries.add(delete(i, region));
            }
        }
        return plan;
    }

    private static ObjectNode entry(String type, String name, String... actions) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("address", type + "." + name).put("mode", "managed").put("type", type).put("name", name)
                .put("provider_name", "registry.terraform.io/hashicorp/aws");
        ArrayNode list = entry.putObject("change").putArray("actions");
        for (String action : actions) {
            list.add(action);
        }
        return entry;
    }

    private static ObjectNode tags(ObjectNode into, String layer) {
        into.putObject("tags").put("Environment", "prod").put("Layer", layer).put("Owner", "platform")
                .put("CostCenter", "cc-1042").put("ManagedBy", "haevn").put("Repository", "haevn/infra");
        return into;
    }

    private static ObjectNode create(int i) {
        String type = switch (i % 3) {
            case 0 -> "aws_subnet";
            case 1 -> "aws_sqs_queue";
            default -> "aws_cloudwatch_log_group";
        };
        ObjectNode entry = entry(type, "r" + i, "create");
        ObjectNode change = (ObjectNode) entry.get("change");
        change.putNull("before");
        ObjectNode after = tags(change.putObject("after"), "async");
        after.put("name", "haevn-" + i).put("retention_in_days", 365).put("cidr_block", "10." + (i % 250) + ".0.0/24");
        change.putObject("after_unknown").put("id", true).put("arn", true);
        change.put("before_sensitive", false);
        change.putObject("after_sensitive");
        return entry;
    }

    private static ObjectNode update(int i) {
        ObjectNode entry = entry("aws_sqs_queue", "q" + i, "update");
        ObjectNode change = (ObjectNode) entry.get("change");
        ObjectNode before = tags(change.putObject("before"), "async");
        before.put("name", "haevn-q" + i).put("visibility_timeout_seconds", 30);
        ObjectNode after = tags(change.putObject("after"), "async");
        after.put("name", "haevn-q" + i).put("visibility_timeout_seconds", 60);
        ((ObjectNode) after.get("tags")).put("Owner", "payments");
        change.putObject("after_unknown");
        change.putObject("before_sensitive");
        change.putObject("after_sensitive");
        return entry;
    }

    private static ObjectNode replace(int i) {
        ObjectNode entry = entry("aws_security_group", "sg" + i, "create", "delete");
        entry.put("action_reason", "replace_because_cannot_update");
        ObjectNode change = (ObjectNode) entry.get("change");
        tags(change.putObject("before"), "runtime").put("name", "haevn-sg" + i + "-old");
        tags(change.putObject("after"), "runtime").put("name", "haevn-sg" + i);
        change.putObject("after_unknown").put("id", true).put("arn", true);
        change.putObject("before_sensitive");
        change.putObject("after_sensitive");
        change.putArray("replace_paths").addArray().add("name");
        return entry;
    }

    private static ObjectNode delete(int i, String region) {
        ObjectNode entry = entry("aws_sqs_queue", "retired" + i, "delete");
        entry.put("action_reason", "delete_because_no_resource_config");
        ObjectNode change = (ObjectNode) entry.get("change");
        tags(change.putObject("before"), "async").put("name", "haevn-retired" + i)
                .put("url", "https://sqs." + region + ".amazonaws.com/111111111111/haevn-retired" + i);
        change.putNull("after");
        change.putObject("after_unknown");
        change.putObject("before_sensitive");
        change.put("after_sensitive", false);
        return entry;
    }
}
