package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the resources a plan ({@code terraform show -json PLAN}) will leave in place: {@code planned_values}
 * (root and child modules) with each resource's {@code after_unknown} from {@code resource_changes}. Without
 * planned values (a state file shown as JSON) it falls back to {@code values}, then {@code prior_state.values}.
 */
final class PlanReader {

    /** One resource's configuration in the plan: its expressions (with references) and provider key. */
    record ConfigEntry(JsonNode expressions, String providerConfigKey) {
    }

    private PlanReader() {
    }

    static List<Resource> resources(JsonNode root) {
        Map<String, JsonNode> unknownByAddress = new HashMap<>();
        JsonNode changes = root.path("resource_changes");
        for (JsonNode change : changes) {
            JsonNode afterUnknown = change.path("change").get("after_unknown");
            if (change.hasNonNull("address") && afterUnknown != null) {
                unknownByAddress.put(change.get("address").asText(), afterUnknown);
            }
        }
        Map<String, ConfigEntry> config = configuration(root);
        List<Resource> result = new ArrayList<>();
        if (root.path("planned_values").has("root_module")) {
            readModule(root.path("planned_values").path("root_module"), "/planned_values/root_module",
                    unknownByAddress, config, result);
        } else if (root.path("values").has("root_module")) {
            readModule(root.path("values").path("root_module"), "/values/root_module", Map.of(), config, result);
        } else if (root.path("prior_state").path("values").has("root_module")) {
            readModule(root.path("prior_state").path("values").path("root_module"),
                    "/prior_state/values/root_module", Map.of(), config, result);
        }
        return result;
    }

    /** Configuration entries keyed by module-qualified address without instance keys. */
    static Map<String, ConfigEntry> configuration(JsonNode root) {
        Map<String, ConfigEntry> result = new HashMap<>();
        readConfigModule(root.path("configuration").path("root_module"), "", result);
        return result;
    }

    private static void readConfigModule(JsonNode module, String prefix, Map<String, ConfigEntry> into) {
        for (JsonNode resource : module.path("resources")) {
            String address = resource.path("address").asText();
            into.put(prefix + address, new ConfigEntry(resource.path("expressions"),
                    resource.path("provider_config_key").asText("")));
        }
        JsonNode calls = module.path("module_calls");
        calls.fieldNames().forEachRemaining(name ->
                readConfigModule(calls.path(name).path("module"), prefix + "module." + name + ".", into));
    }

    private static void readModule(JsonNode module, String pointer, Map<String, JsonNode> unknownByAddress,
                                   Map<String, ConfigEntry> config, List<Resource> into) {
        JsonNode resources = module.path("resources");
        for (int i = 0; i < resources.size(); i++) {
            JsonNode resource = resources.get(i);
            String address = resource.path("address").asText();
            String type = resource.path("type").asText();
            String name = resource.path("name").asText();
            boolean data = "data".equals(resource.path("mode").asText());
            String modulePath = modulePath(address, data, type, name);
            ConfigEntry entry = config.get(modulePath + (data ? "data." : "") + type + "." + name);
            String providerKey = entry != null && !entry.providerConfigKey().isEmpty()
                    ? entry.providerConfigKey().replaceFirst("^.*:", "")
                    : type.contains("_") ? type.substring(0, type.indexOf('_')) : type;
            into.add(new Resource(data, type, name, address, modulePath, providerKey, resource.path("values"),
                    JsonPointers.child(JsonPointers.child(pointer, "resources"), i) + "/values",
                    unknownByAddress.get(address)));
        }
        JsonNode children = module.path("child_modules");
        for (int i = 0; i < children.size(); i++) {
            readModule(children.get(i), JsonPointers.child(JsonPointers.child(pointer, "child_modules"), i),
                    unknownByAddress, config, into);
        }
    }

    /** {@code module.a["x"].module.b.aws_s3_bucket.c[0]} gives {@code module.a.module.b.} (instance keys dropped). */
    private static String modulePath(String address, boolean data, String type, String name) {
        String local = (data ? "data." : "") + type + "." + name;
        int at = address.lastIndexOf(local);
        String prefix = at <= 0 ? "" : address.substring(0, at);
        return prefix.replaceAll("\\[[^]]*]", "");
    }
}
