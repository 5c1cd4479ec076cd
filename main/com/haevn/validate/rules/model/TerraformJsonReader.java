package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the resources, data sources and provider default tags of Terraform JSON (cdktf synth output or any
 * {@code *.tf.json}). Terraform JSON lets every block level be an object or a list of objects; both are read.
 */
final class TerraformJsonReader {

    private TerraformJsonReader() {
    }

    static List<Resource> resources(JsonNode root) {
        List<Resource> result = new ArrayList<>();
        readKind(root, "resource", false, result);
        readKind(root, "data", true, result);
        return result;
    }

    private static void readKind(JsonNode root, String key, boolean data, List<Resource> into) {
        eachObject(root.get(key), "/" + key, (byType, typesPointer) -> fields(byType, (type, names) ->
                eachObject(names, JsonPointers.child(typesPointer, type), (byName, namesPointer) ->
                        fields(byName, (name, body) ->
                                eachObject(body, JsonPointers.child(namesPointer, name), (resource, pointer) ->
                                        into.add(new Resource(data, type, name,
                                                (data ? "data." : "") + type + "." + name, "",
                                                providerKey(type, resource), resource, pointer, null)))))));
    }

    /** Provider default tags keyed by provider configuration ({@code aws}, {@code aws.west}). */
    static Map<String, Block> defaultTags(JsonNode root) {
        Map<String, Block> result = new LinkedHashMap<>();
        eachObject(root.get("provider"), "/provider", (byName, pointer) -> fields(byName, (provider, configs) ->
                eachObject(configs, JsonPointers.child(pointer, provider), (config, configPointer) -> {
                    JsonNode alias = config.get("alias");
                    String key = alias != null && alias.isTextual() ? provider + "." + alias.asText() : provider;
                    Block configBlock = new Block(config, configPointer, null);
                    List<Block> defaults = configBlock.blocks("default_tags");
                    if (!defaults.isEmpty()) {
                        result.put(key, defaults.get(0));
                    }
                })));
        return result;
    }

    /** The {@code terraform} block(s), merged view of the first one that declares a backend if any. */
    static List<Block> terraformBlocks(JsonNode root) {
        List<Block> result = new ArrayList<>();
        eachObject(root.get("terraform"), "/terraform", (block, pointer) -> result.add(new Block(block, pointer, null)));
        return result;
    }

    private static String providerKey(String type, JsonNode body) {
        JsonNode provider = body.get("provider");
        if (provider != null && provider.isTextual()) {
            String text = provider.asText().trim();
            if (text.startsWith("${") && text.endsWith("}")) {
                text = text.substring(2, text.length() - 1).trim();
            }
            return text;
        }
        int underscore = type.indexOf('_');
        return underscore < 0 ? type : type.substring(0, underscore);
    }

    private static void eachObject(JsonNode node, String pointer, BiConsumer<JsonNode, String> action) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            action.accept(node, pointer);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isObject()) {
                    action.accept(node.get(i), JsonPointers.child(pointer, i));
                }
            }
        }
    }

    private static void fields(JsonNode object, BiConsumer<String, JsonNode> action) {
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().startsWith("//")) {
                action.accept(entry.getKey(), entry.getValue());
            }
        }
    }
}
