package com.haevn.validate.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.load.JsonPointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of one Terraform JSON document, read leniently: wrongly shaped parts are skipped here (the
 * structure check reports them), so every other check can walk resources without re-checking shapes.
 */
public final class TerraformConfig {

    /** Keys that HCL's JSON syntax treats as comments wherever a body is expected. */
    public static final String COMMENT_KEY = "//";

    private final List<BlockRef> resources = new ArrayList<>();
    private final List<BlockRef> dataSources = new ArrayList<>();
    private final List<BlockRef> modules = new ArrayList<>();
    private final List<BlockRef> outputs = new ArrayList<>();
    private final Set<String> variables = new LinkedHashSet<>();
    private final Set<String> locals = new LinkedHashSet<>();
    private final List<BlockRef> providers = new ArrayList<>();

    private TerraformConfig() {
    }

    /** The last document read: every check asks for the same document in turn, so one entry saves re-reading. */
    private static volatile Cached last;

    private record Cached(JsonNode root, TerraformConfig config) {
    }

    /** The declarations of {@code root} (read once per document, however many checks ask). */
    public static TerraformConfig of(JsonNode root) {
        Cached cached = last;
        if (cached != null && cached.root() == root) {
            return cached.config();
        }
        TerraformConfig config = read(root);
        last = new Cached(root, config);
        return config;
    }

    private static TerraformConfig read(JsonNode root) {
        TerraformConfig config = new TerraformConfig();
        if (root == null || !root.isObject()) {
            return config;
        }
        config.readTyped(root.get("resource"), "resource", config.resources);
        config.readTyped(root.get("data"), "data", config.dataSources);
        config.readNamed(root.get("module"), "module", config.modules);
        config.readNamed(root.get("output"), "output", config.outputs);
        List<BlockRef> variableBlocks = new ArrayList<>();
        config.readNamed(root.get("variable"), "variable", variableBlocks);
        variableBlocks.forEach(block -> config.variables.add(block.name()));
        JsonNode localsNode = root.get("locals");
        for (JsonNode body : bodies(localsNode)) {
            body.fieldNames().forEachRemaining(name -> {
                if (!COMMENT_KEY.equals(name)) {
                    config.locals.add(name);
                }
            });
        }
        JsonNode providerNode = root.get("provider");
        if (providerNode != null && providerNode.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = providerNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (COMMENT_KEY.equals(entry.getKey())) {
                    continue;
                }
                String pointer = JsonPointers.of("provider", entry.getKey());
                if (entry.getValue().isObject()) {
                    config.providers.add(new BlockRef("provider", "", entry.getKey(), entry.getValue(), pointer));
                } else if (entry.getValue().isArray()) {
                    for (int i = 0; i < entry.getValue().size(); i++) {
                        if (entry.getValue().get(i).isObject()) {
                            config.providers.add(new BlockRef("provider", "", entry.getKey(),
                                    entry.getValue().get(i), pointer + "/" + i));
                        }
                    }
                }
            }
        }
        return config;
    }

    /** The object bodies of a block that JSON syntax lets appear as one object or an array of objects. */
    public static List<JsonNode> bodies(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isObject()) {
            return List.of(node);
        }
        List<JsonNode> bodies = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> {
                if (element.isObject()) {
                    bodies.add(element);
                }
            });
        }
        return bodies;
    }

    private void readTyped(JsonNode node, String kind, List<BlockRef> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> types = node.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (COMMENT_KEY.equals(type.getKey()) || !type.getValue().isObject()) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> names = type.getValue().fields(); names.hasNext(); ) {
                Map.Entry<String, JsonNode> name = names.next();
                if (COMMENT_KEY.equals(name.getKey())) {
                    continue;
                }
                String pointer = JsonPointers.of(kind, type.getKey(), name.getKey());
                JsonNode body = singleBody(name.getValue());
                if (body != null) {
                    into.add(new BlockRef(kind, type.getKey(), name.getKey(), body,
                            name.getValue().isArray() ? pointer + "/0" : pointer));
                }
            }
        }
    }

    private void readNamed(JsonNode node, String kind, List<BlockRef> into) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> names = node.fields(); names.hasNext(); ) {
            Map.Entry<String, JsonNode> name = names.next();
            if (COMMENT_KEY.equals(name.getKey())) {
                continue;
            }
            String pointer = JsonPointers.of(kind, name.getKey());
            JsonNode body = singleBody(name.getValue());
            if (body != null) {
                into.add(new BlockRef(kind, "", name.getKey(), body,
                        name.getValue().isArray() ? pointer + "/0" : pointer));
            }
        }
    }

    /** A labelled block's body: an object, or an array holding exactly one object (JSON syntax allows both). */
    private static JsonNode singleBody(JsonNode value) {
        if (value.isObject()) {
            return value;
        }
        if (value.isArray() && value.size() == 1 && value.get(0).isObject()) {
            return value.get(0);
        }
        return null;
    }

    public List<BlockRef> resources() {
        return resources;
    }

    public List<BlockRef> dataSources() {
        return dataSources;
    }

    public List<BlockRef> modules() {
        return modules;
    }

    public List<BlockRef> outputs() {
        return outputs;
    }

    public List<BlockRef> providers() {
        return providers;
    }

    public Set<String> variables() {
        return variables;
    }

    public Set<String> locals() {
        return locals;
    }
}
