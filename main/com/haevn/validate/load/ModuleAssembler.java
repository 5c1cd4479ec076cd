package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Joins the Terraform JSON files of one folder into one module, as terraform reads them: blocks from every file
 * in one tree, so a reference in {@code main.tf.json} finds its variable in {@code variables.tf.json}. An address
 * declared in two files is an HVN-TF-008 error, as terraform refuses it.
 *
 * <p>Override files ({@code override.tf.json}, {@code *_override.tf.json}) are applied last, their arguments
 * replacing those of the block they name, as terraform does.
 *
 * <p>Files whose top level is not the plain shape (an unknown block, a {@code resource} that is not an object...)
 * are not joined: they are checked one by one, where the structure check reports the shape.
 */
final class ModuleAssembler {

    /** Rule id of an address declared more than once in one module. */

    /** Blocks whose bodies (object, or array of objects) simply add up across files. */
    private static final Set<String> BODIES = Set.of("terraform", "locals", "moved", "import", "removed", "check");
    /** Blocks labelled by name. */
    private static final Set<String> NAMED = Set.of("variable", "output", "module");
    /** Blocks labelled by type and name. */
    private static final Set<String> TYPED = Set.of("resource", "data");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModuleAssembler() {
    }

    /** The module of {@code files} (two or more, same folder), or empty when one of them is not plainly shaped. */
    static Optional<LoadedDocument> assemble(String folder, List<LoadedDocument> files, List<Finding> findings) {
        if (!files.stream().allMatch(ModuleAssembler::plain)) {
            return Optional.empty();
        }
        ObjectNode root = NODES.objectNode();
        ModuleLocationIndex locations = new ModuleLocationIndex(files.get(0).locations());
        Map<String, String> declaredIn = new HashMap<>();
        // terraform applies override files last, over what the other files declare
        List<LoadedDocument> ordered = new ArrayList<>(files.stream().filter(f -> !isOverride(f)).toList());
        ordered.addAll(files.stream().filter(ModuleAssembler::isOverride).toList());
        for (LoadedDocument file : ordered) {
            for (Iterator<Map.Entry<String, JsonNode>> it = file.root().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> block = it.next();
                String key = block.getKey();
                String pointer = "/" + JsonPointers.escape(key);
                if (!root.has(key)) { // a finding about the block as a whole points at its first file
                    locations.map(pointer, file.locations(), pointer);
                }
                if (BODIES.contains(key)) {
                    addBodies(root.withArray(key), block.getValue(), pointer, pointer, file, locations);
                    if (key.equals("locals")) {
                        declareLocals(block.getValue(), pointer, file, declaredIn, findings);
                    }
                } else if (key.equals("provider")) {
                    ObjectNode providers = root.with(key);
                    forEachMember(block.getValue(), (name, value) -> {
                        String at = pointer + "/" + JsonPointers.escape(name);
                        addBodies(providers.withArray(name), value, at, at, file, locations);
                    });
                } else if (NAMED.contains(key)) {
                    ObjectNode named = root.with(key);
                    forEachMember(block.getValue(), (name, value) -> declare(named, name, value,
                            pointer + "/" + JsonPointers.escape(name), key + " \"" + name + "\"", file, locations,
                            declaredIn, findings));
                } else if (TYPED.contains(key)) {
                    ObjectNode typed = root.with(key);
                    forEachMember(block.getValue(), (type, names) -> {
                        String typePointer = pointer + "/" + JsonPointers.escape(type);
                        if (!typed.has(type)) { // a finding about the type as a whole points at its first file
                            locations.map(typePointer, file.locations(), typePointer);
                        }
                        ObjectNode ofType = typed.with(type);
                        forEachMember(names, (name, value) -> declare(ofType, name, value,
                                typePointer + "/" + JsonPointers.escape(name),
                                (key.equals("data") ? "data " : "resource ") + type + "." + name, file, locations,
                                declaredIn, findings));
                    });
                }
            }
        }
        return Optional.of(new LoadedDocument(folder, DocumentKind.TERRAFORM_JSON, root, locations));
    }

    /** Only known top-level blocks, labelled ones as objects: what can be joined without losing anything. */
    private static boolean plain(LoadedDocument file) {
        if (!file.root().isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = file.root().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> block = it.next();
            String key = block.getKey();
            JsonNode value = block.getValue();
            boolean ok = BODIES.contains(key) ? value.isObject() || value.isArray()
                    : key.equals("provider") || NAMED.contains(key) ? value.isObject()
                    : TYPED.contains(key) && value.isObject() && allObjects(value);
            if (!ok && !key.equals("//")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allObjects(JsonNode typed) {
        for (Iterator<Map.Entry<String, JsonNode>> it = typed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> type = it.next();
            if (!type.getKey().equals("//") && !type.getValue().isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void addBodies(ArrayNode into, JsonNode value, String assembledPrefix, String originalPointer,
                                  LoadedDocument file, ModuleLocationIndex locations) {
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                locations.map(assembledPrefix + "/" + into.size(), file.locations(), originalPointer + "/" + i);
                into.add(value.get(i));
            }
        } else {
            locations.map(assembledPrefix + "/" + into.size(), file.locations(), originalPointer);
            into.add(value);
        }
    }

    private static void declare(ObjectNode into, String name, JsonNode value, String pointer, String what,
                                LoadedDocument file, ModuleLocationIndex locations, Map<String, String> declaredIn,
                                List<Finding> findings) {
        String first = declaredIn.putIfAbsent(pointer, file.file());
        if (first != null && isOverride(file) && into.get(name) instanceof ObjectNode declared && value.isObject()) {
            ObjectNode merged = declared.deepCopy();
            merged.setAll((ObjectNode) value); // an override's arguments replace the declared ones
            into.set(name, merged);
            return;
        }
        if (first != null) {
            findings.add(duplicate(file, pointer, what, first));
            return;
        }
        into.set(name, value);
        locations.map(pointer, file.locations(), pointer);
    }

    private static void declareLocals(JsonNode locals, String pointer, LoadedDocument file,
                                      Map<String, String> declaredIn, List<Finding> findings) {
        List<JsonNode> bodies = locals.isArray() ? List.copyOf(toList(locals)) : List.of(locals);
        for (int i = 0; i < bodies.size(); i++) {
            String bodyPointer = locals.isArray() ? pointer + "/" + i : pointer;
            forEachMember(bodies.get(i), (name, value) -> {
                String first = declaredIn.putIfAbsent("local." + name, file.file());
                if (first != null && !first.equals(file.file()) && !isOverride(file)) {
                    findings.add(duplicate(file, bodyPointer + "/" + JsonPointers.escape(name),
                            "local value \"" + name + "\"", first));
                }
            });
        }
    }

    /** {@code override.tf.json} and {@code *_override.tf.json}: terraform merges them over the module. */
    private static boolean isOverride(LoadedDocument file) {
        String name = Path.of(file.file()).getFileName().toString();
        return name.equals("override.tf.json") || name.endsWith("_override.tf.json");
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Finding duplicate(LoadedDocument file, String pointer, String what, String first) {
        return LanguageRules.DUPLICATE_DECLARATION.finding(file.locations().locate(pointer), "",
                what + " is declared in " + first + " and again in " + file.file()
                        + "; the files of one folder are one module, where each address is declared once");
    }

    private static void forEachMember(JsonNode node, BiConsumer<String, JsonNode> member) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getKey().equals("//")) {
                member.accept(entry.getKey(), entry.getValue());
            }
        }
    }
}
