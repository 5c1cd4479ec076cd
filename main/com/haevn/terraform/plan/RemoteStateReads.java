package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@code terraform_remote_state} data sources of a stack, whatever their backend settings (bucket, region,
 * endpoint, encryption): the producer is named by the state key, {@code <stack name>/terraform.tfstate}, and the
 * outputs read are the {@code data.terraform_remote_state.NAME.outputs.OUTPUT} references anywhere in the stack.
 */
public final class RemoteStateReads {

    private static final String STATE_KEY_SUFFIX = "/terraform.tfstate";
    private static final Pattern REFERENCE = Pattern.compile(
            "data\\.terraform_remote_state\\.([A-Za-z0-9_-]+)\\.outputs(?:\\.([A-Za-z0-9_-]+)|\\[\"([^\"]+)\"])?");

    private RemoteStateReads() {
    }

    /** The remote-state reads of {@code stack}, in the order of its data blocks. */
    public static List<RemoteStateRead> of(SynthesizedStack stack) {
        JsonNode blocks = stack.configuration().path("data").path("terraform_remote_state");
        Map<String, Set<String>> outputsRead = new HashMap<>();
        Set<String> wholeOutputs = new TreeSet<>();
        collectReferences(stack.configuration(), outputsRead, wholeOutputs);

        List<RemoteStateRead> reads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = blocks.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> block = it.next();
            String key = block.getValue().path("config").path("key").asText("");
            if (!key.endsWith(STATE_KEY_SUFFIX) || key.length() == STATE_KEY_SUFFIX.length()) {
                throw new IllegalArgumentException("stack " + stack.name() + ": data.terraform_remote_state."
                        + block.getKey() + " has the state key '" + key + "'; the offline plan finds the producer"
                        + " stack by keys of the form <stack name>" + STATE_KEY_SUFFIX);
            }
            String producer = key.substring(0, key.length() - STATE_KEY_SUFFIX.length());
            Set<String> outputs = wholeOutputs.contains(block.getKey())
                    ? Set.of() : outputsRead.getOrDefault(block.getKey(), Set.of());
            reads.add(new RemoteStateRead(block.getKey(), producer, outputs));
        }
        return reads;
    }

    private static void collectReferences(JsonNode node, Map<String, Set<String>> outputsRead, Set<String> whole) {
        if (node.isTextual()) {
            Matcher matcher = REFERENCE.matcher(node.textValue());
            while (matcher.find()) {
                String output = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                if (output == null) {
                    whole.add(matcher.group(1));
                } else {
                    outputsRead.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(output);
                }
            }
        } else {
            for (JsonNode child : node) {
                collectReferences(child, outputsRead, whole);
            }
        }
    }
}
