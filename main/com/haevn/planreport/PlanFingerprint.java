package com.haevn.planreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

/**
 * What "the reviewed plan" is, as a SHA-256 over the plan's resource changes: for every entry that changes
 * something (no-ops and pure reads of state are left out), its address, previous address, actions, action reason,
 * replace paths, import id and planned values ({@code after}, {@code after_unknown}), with object keys sorted and
 * the release-owned weights removed ({@link ReleaseOwnedAttributes}). Not in it: the plan's timestamp, terraform's
 * version, prior state, drift and anything outside {@code resource_changes}; so a re-plan of the same change gives
 * the same fingerprint, and a plan that would apply anything else does not.
 */
public final class PlanFingerprint {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String PREFIX = "sha256:";

    private PlanFingerprint() {
    }

    public static String of(JsonNode plan) {
        List<JsonNode> entries = covered(plan);
        ArrayNode all = JSON.createArrayNode();
        entries.forEach(all::add);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** How many resource changes the fingerprint covers: 0 when applying the plan would change nothing. */
    public static int changeCount(JsonNode plan) {
        return covered(plan).size();
    }

    private static List<JsonNode> covered(JsonNode plan) {
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : plan.path("resource_changes")) {
            JsonNode change = entry.path("change");
            List<String> actions = new ArrayList<>();
            change.path("actions").forEach(a -> actions.add(a.asText()));
            boolean moves = entry.hasNonNull("previous_address");
            boolean imports = change.path("importing").isObject();
            if (actions.equals(List.of("no-op")) && !moves && !imports) {
                continue;
            }
            String type = entry.path("type").asText();
            ObjectNode kept = JSON.createObjectNode();
            kept.put("address", entry.path("address").asText());
            kept.put("previous_address", entry.path("previous_address").asText(""));
            kept.set("actions", change.path("actions"));
            kept.put("action_reason", entry.path("action_reason").asText(""));
            kept.set("replace_paths", change.path("replace_paths").isMissingNode() ? JSON.createArrayNode()
                    : change.path("replace_paths"));
            kept.put("import_id", imports ? change.path("importing").path("id").asText("") : "");
            kept.set("after", canonical(ReleaseOwnedAttributes.without(type, change.path("after"))));
            kept.set("after_unknown", canonical(ReleaseOwnedAttributes.without(type, change.path("after_unknown"))));
            entries.add(kept);
        }
        entries.sort(Comparator.comparing((JsonNode e) -> e.path("address").asText()));
        return entries;
    }

    /** The same value with every object's keys in sorted order. */
    private static JsonNode canonical(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return JSON.nullNode();
        }
        if (value.isObject()) {
            TreeMap<String, JsonNode> sorted = new TreeMap<>();
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                sorted.put(name, canonical(value.get(name)));
            }
            ObjectNode object = JSON.createObjectNode();
            sorted.forEach(object::set);
            return object;
        }
        if (value.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            value.forEach(element -> array.add(canonical(element)));
            return array;
        }
        return value;
    }
}
