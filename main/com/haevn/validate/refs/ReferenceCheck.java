package com.haevn.validate.refs;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.config.BlockRef;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.CalledModule;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.LazyPointer;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.schema.SchemaDrift;
import com.haevn.validate.suggest.DidYouMean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.haevn.validate.catalog.LanguageRules.MALFORMED_EXPRESSION;
import static com.haevn.validate.catalog.LanguageRules.UNDECLARED_DATA_SOURCE;
import static com.haevn.validate.catalog.LanguageRules.UNDECLARED_LOCAL;
import static com.haevn.validate.catalog.LanguageRules.UNDECLARED_MODULE;
import static com.haevn.validate.catalog.LanguageRules.UNDECLARED_RESOURCE;
import static com.haevn.validate.catalog.LanguageRules.UNDECLARED_VARIABLE;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_ATTRIBUTE;

/**
 * Checks that every reference in an expression resolves within the document: resources (HVN-TF-201), data sources
 * (202), variables (203), locals (204), modules (205), and that a referenced resource or data source attribute
 * exists in that type's schema (206). A string whose template or expression syntax is broken (an unterminated
 * "${", string, heredoc or comment, a mismatched bracket or directive) is reported as 207, and its references are
 * not judged: terraform stops at the syntax error too.
 */
public final class ReferenceCheck implements DocumentCheck {

    /** Roots Terraform defines itself. */
    private static final Set<String> BUILT_IN_ROOTS = Set.of("count", "each", "self", "path", "terraform");
    /** Blocks whose strings are not expressions to resolve here. */
    private static final Set<String> SKIPPED_TOP_LEVEL = Set.of("terraform", "variable", "moved", "import",
            "removed", TerraformConfig.COMMENT_KEY);
    /** Meta-arguments of a block body whose strings are not expressions to resolve here. */
    private static final Set<String> SKIPPED_KEYS = Set.of("lifecycle", "provider", "provisioner", "connection",
            TerraformConfig.COMMENT_KEY);

    private final ProviderSchemas schemas;

    public ReferenceCheck(ProviderSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public String name() {
        return "references";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        if (document.kind() != DocumentKind.TERRAFORM_JSON || !document.root().isObject()) {
            return List.of();
        }
        return new Resolver(document, TerraformConfig.of(document.root())).run();
    }

    /** Resolves the references of one document. */
    private final class Resolver {
        private final LoadedDocument document;
        private final TerraformConfig config;
        private final Map<String, Map<String, BlockRef>> resources = new HashMap<>();
        private final Map<String, Map<String, BlockRef>> dataSources = new HashMap<>();
        private final Set<String> modules = new HashSet<>();
        private final Set<String> localNames = new HashSet<>();
        private final List<Finding> findings = new ArrayList<>();
        private final SchemaDrift drift;

        Resolver(LoadedDocument document, TerraformConfig config) {
            this.document = document;
            this.config = config;
            this.drift = new SchemaDrift(schemas, document, Set.of(UNKNOWN_ATTRIBUTE));
            config.resources().forEach(r -> resources.computeIfAbsent(r.type(), k -> new HashMap<>()).put(r.name(), r));
            config.dataSources().forEach(d -> dataSources.computeIfAbsent(d.type(), k -> new HashMap<>())
                    .put(d.name(), d));
            config.modules().forEach(m -> modules.add(m.name()));
            collectDynamicIterators(document.root(), localNames);
        }

        List<Finding> run() {
            for (Iterator<Map.Entry<String, JsonNode>> it = document.root().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> block = it.next();
                String top = block.getKey();
                if (SKIPPED_TOP_LEVEL.contains(top)) {
                    continue;
                }
                LazyPointer pointer = LazyPointer.ROOT.child(top);
                switch (top) {
                    case "resource", "data" -> forEachMember(block.getValue(), pointer, (type, typeNode, typePointer) ->
                            forEachMember(typeNode, typePointer, (name, body, bodyPointer) -> walkBody(body,
                                    bodyPointer, top.equals("data") ? "data." + type + "." + name : type + "." + name)));
                    case "module", "output" -> forEachMember(block.getValue(), pointer, (name, body, bodyPointer) ->
                            walkBody(body, bodyPointer, top + "." + name));
                    default -> walk(block.getValue(), pointer, "");
                }
            }
            return findings;
        }

        /** A labelled block's body (or, as JSON allows, an array holding it): skips the meta-arguments it owns. */
        private void walkBody(JsonNode body, LazyPointer pointer, String address) {
            if (body.isArray()) {
                for (int i = 0; i < body.size(); i++) {
                    walkBody(body.get(i), pointer.child(i), address);
                }
                return;
            }
            if (!body.isObject()) {
                walk(body, pointer, address);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (SKIPPED_KEYS.contains(key)) {
                    continue;
                }
                if (key.equals("depends_on") && field.getValue().isArray()) {
                    dependsOn(field.getValue(), pointer.child(key), address);
                    continue;
                }
                walk(field.getValue(), pointer.child(key), address);
            }
        }

        private void walk(JsonNode node, LazyPointer pointer, String address) {
            if (node.isTextual()) {
                String text = node.asText();
                if (text.indexOf('{') >= 0) {
                    check(ExpressionScanner.scanTemplate(text), pointer, address, text);
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!TerraformConfig.COMMENT_KEY.equals(field.getKey())) {
                        walk(field.getValue(), pointer.child(field.getKey()), address);
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), pointer.child(i), address);
                }
            }
        }

        private void forEachMember(JsonNode node, LazyPointer pointer, Member member) {
            if (node == null || !node.isObject()) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!TerraformConfig.COMMENT_KEY.equals(entry.getKey())) {
                    member.accept(entry.getKey(), entry.getValue(), pointer.child(entry.getKey()));
                }
            }
        }

        private void dependsOn(JsonNode list, LazyPointer pointer, String address) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isTextual()) {
                    String text = list.get(i).asText();
                    String expression = text.startsWith("${") && text.endsWith("}")
                            ? text.substring(2, text.length() - 1) : text;
                    check(ExpressionScanner.scanExpression(expression), pointer.child(i), address,
                            text);
                }
            }
        }

        private void check(ExpressionScanner.Result result, LazyPointer pointer, String address, String text) {
            if (!result.wellFormed()) {
                add(MALFORMED_EXPRESSION, pointer, address, "\"" + abbreviate(text) + "\": " + result.problem());
                return;
            }
            for (Reference reference : result.references()) {
                if (!BUILT_IN_ROOTS.contains(reference.root()) && !localNames.contains(reference.root())) {
                    resolve(reference, pointer, address);
                }
            }
        }

        private void resolve(Reference ref, LazyPointer pointer, String address) {
            switch (ref.root()) {
                case "var" -> requireName(ref, config.variables(), UNDECLARED_VARIABLE, "variable", pointer, address);
                case "local" -> requireName(ref, config.locals(), UNDECLARED_LOCAL, "local value", pointer, address);
                case "module" -> {
                    if (requireName(ref, modules, UNDECLARED_MODULE, "module call", pointer, address)) {
                        requireOutput(ref, pointer, address);
                    }
                }
                case "data" -> resolveTyped(ref, 1, dataSources, UNDECLARED_DATA_SOURCE, "data source", pointer,
                        address);
                default -> resolveTyped(ref, 0, resources, UNDECLARED_RESOURCE, "resource", pointer, address);
            }
        }

        /** Whether the reference names a declared {@code what}; reports it when not. */
        private boolean requireName(Reference ref, Set<String> declared, RuleInfo rule, String what,
                                    LazyPointer pointer, String address) {
            String name = ref.name(1);
            if (name == null) {
                add(rule, pointer, address, "invalid reference \"" + ref.text() + "\": \"" + ref.root()
                        + "\" must be followed by a name");
                return false;
            }
            if (!declared.contains(name)) {
                add(rule, pointer, address, "reference to undeclared " + what + " \"" + ref.root() + "." + name
                        + "\"." + DidYouMean.hint(name, declared));
                return false;
            }
            return true;
        }

        /** {@code module.NAME.OUTPUT} names an output of the called module, where that module was read. */
        private void requireOutput(Reference ref, LazyPointer pointer, String address) {
            CalledModule called = document.calledModules().get(ref.name(1));
            String output = ref.name(2);
            if (called != null && called.status() == CalledModule.Status.READ && output != null
                    && !called.outputs().contains(output)) {
                add(UNDECLARED_MODULE, pointer, address, "reference to undeclared output \"module." + ref.name(1)
                        + "." + output + "\": the module at \"" + called.source() + "\" has no output of that name."
                        + DidYouMean.hint(output, called.outputs()));
            }
        }

        private void resolveTyped(Reference ref, int typeIndex, Map<String, Map<String, BlockRef>> declared,
                                  RuleInfo rule, String what, LazyPointer pointer, String address) {
            String type = ref.name(typeIndex);
            String name = ref.name(typeIndex + 1);
            String prefix = typeIndex == 1 ? "data." : "";
            if (type == null || name == null) {
                add(rule, pointer, address, "invalid reference \"" + ref.text() + "\": a " + what + " reference "
                        + "needs a type and a name (" + prefix + "TYPE.NAME.ATTRIBUTE)");
                return;
            }
            Map<String, BlockRef> ofType = declared.getOrDefault(type, Map.of());
            if (!ofType.containsKey(name)) {
                Set<String> candidates = new HashSet<>();
                declared.forEach((t, names) -> names.keySet().forEach(n -> candidates.add(prefix + t + "." + n)));
                add(rule, pointer, address, "reference to undeclared " + what + " \"" + prefix + type + "." + name
                        + "\"." + DidYouMean.hint(prefix + type + "." + name, candidates));
                return;
            }
            String attribute = ref.name(typeIndex + 2);
            if (attribute == null) {
                return;
            }
            Optional<BlockSchema> schema = typeIndex == 1 ? schemas.dataSource(type) : schemas.resource(type);
            if (schema.isPresent() && !readable(schema.get(), attribute)) {
                Set<String> names = new HashSet<>(schema.get().attributes().keySet());
                names.addAll(schema.get().blocks().keySet());
                names.addAll(schema.get().computed());
                findings.add(drift.finding(UNKNOWN_ATTRIBUTE, pointer.toString(), address,
                        ProviderSchemas.providerOf(type), attribute, names, (address.isEmpty() ? "" : address + ": ")
                                + "unsupported attribute: " + prefix + type + "." + name + " has no attribute \""
                                + attribute + "\"." + DidYouMean.hint(attribute, names)));
            }
        }

        private void add(RuleInfo rule, LazyPointer pointer, String address, String message) {
            findings.add(rule.finding(document.locations().locate(pointer.toString()), address,
                    (address.isEmpty() ? "" : address + ": ") + message));
        }
    }

    /** One labelled member of a block: its name, its value and where it is. */
    @FunctionalInterface
    private interface Member {
        void accept(String name, JsonNode value, LazyPointer pointer);
    }

    /**
     * Whether a reference may read {@code attribute}: the schema's names, "id" (every resource has one), or a name
     * equal but for underscores and case (the bindings' camelCase does not always map back exactly).
     */
    static boolean readable(BlockSchema schema, String attribute) {
        if (attribute.equals("id") || schema.readable(attribute)) {
            return true;
        }
        String wanted = normalise(attribute);
        for (String name : schema.computed()) {
            if (normalise(name).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String name) {
        return name.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Names that dynamic blocks bind inside their content: the block's name, or its "iterator". */
    private static void collectDynamicIterators(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            JsonNode dynamic = node.get("dynamic");
            if (dynamic != null && dynamic.isObject()) {
                dynamic.fields().forEachRemaining(entry -> {
                    JsonNode iterator = entry.getValue().get("iterator");
                    into.add(iterator != null && iterator.isTextual() ? iterator.asText() : entry.getKey());
                });
            }
            node.elements().forEachRemaining(child -> collectDynamicIterators(child, into));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectDynamicIterators(child, into));
        }
    }

    /** The start of a string, on one line, for a message. */
    private static String abbreviate(String text) {
        String start = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return start.replace("\n", "\\n");
    }
}
