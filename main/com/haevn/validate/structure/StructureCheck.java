package com.haevn.validate.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.config.JsonKinds;
import com.haevn.validate.config.TerraformConfig;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.JsonPointers;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.suggest.DidYouMean;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.haevn.validate.catalog.LanguageRules.INVALID_LABEL;
import static com.haevn.validate.catalog.LanguageRules.MISSING_BLOCK_ARGUMENT;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_BLOCK;
import static com.haevn.validate.catalog.LanguageRules.UNKNOWN_BLOCK_ARGUMENT;
import static com.haevn.validate.catalog.LanguageRules.WRONG_SHAPE;

/**
 * Checks the shape of a Terraform JSON document: known top-level blocks (HVN-TF-002), each block holding objects
 * where Terraform expects them (HVN-TF-003), labels in identifier syntax (HVN-TF-004) and the arguments that
 * module and output blocks cannot do without (HVN-TF-005), and only the arguments variable and output blocks take
 * (HVN-TF-007). The rules are {@link com.haevn.validate.catalog.LanguageRules}'.
 */
public final class StructureCheck implements DocumentCheck {

    /** Arguments Terraform (1.11) accepts in a variable block. */
    static final Set<String> VARIABLE_ARGUMENTS = Set.of("type", "default", "description", "validation",
            "sensitive", "nullable", "ephemeral", TerraformConfig.COMMENT_KEY);
    /** Arguments Terraform (1.11) accepts in an output block. */
    static final Set<String> OUTPUT_ARGUMENTS = Set.of("value", "description", "sensitive", "depends_on",
            "precondition", "ephemeral", TerraformConfig.COMMENT_KEY);

    /** Top-level blocks of Terraform's JSON syntax (as of Terraform 1.11). */
    public static final Set<String> TOP_LEVEL = Set.of("terraform", "provider", "variable", "locals", "output",
            "module", "resource", "data", "moved", "import", "check", "removed", TerraformConfig.COMMENT_KEY);

    @Override
    public String name() {
        return "structure";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        if (document.kind() != DocumentKind.TERRAFORM_JSON) {
            return List.of();
        }
        Findings findings = new Findings(document);
        JsonNode root = document.root();
        if (!root.isObject()) {
            findings.add(WRONG_SHAPE, "", "", "the top level is a JSON " + JsonKinds.of(root) + ", not an object:"
                    + " Terraform JSON is one object whose keys are block types such as \"resource\" and \"provider\"");
            return findings.list();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> block = it.next();
            String key = block.getKey();
            JsonNode value = block.getValue();
            String pointer = JsonPointers.of(key);
            switch (key) {
                case "resource", "data" -> checkTyped(findings, key, value, pointer);
                case "module", "variable", "output", "check" -> checkNamed(findings, key, value, pointer);
                case "provider" -> checkProviders(findings, value, pointer);
                case "terraform", "locals", "moved", "import", "removed" -> checkBodies(findings, key, value, pointer);
                case TerraformConfig.COMMENT_KEY -> { }
                default -> findings.add(UNKNOWN_BLOCK, pointer, "",
                        "unknown top-level block \"" + key + "\"." + DidYouMean.hint(key, TOP_LEVEL));
            }
        }
        TerraformConfig config = TerraformConfig.of(root);
        config.modules().forEach(module -> requireArgument(findings, module.body(), module.pointer(),
                module.address(), "source", "a module block needs \"source\": where the module's code is"));
        config.outputs().forEach(output -> requireArgument(findings, output.body(), output.pointer(),
                output.address(), "value", "an output block needs \"value\""));
        config.outputs().forEach(output -> onlyKnownArguments(findings, output.body(), output.pointer(),
                output.address(), OUTPUT_ARGUMENTS));
        JsonNode variables = root.get("variable");
        if (variables != null && variables.isObject()) {
            variables.fields().forEachRemaining(variable -> {
                if (variable.getValue().isObject()) {
                    onlyKnownArguments(findings, variable.getValue(), JsonPointers.of("variable", variable.getKey()),
                            "var." + variable.getKey(), VARIABLE_ARGUMENTS);
                }
            });
        }
        return findings.list();
    }

    private void checkTyped(Findings findings, String kind, JsonNode value, String pointer) {
        if (!value.isObject()) {
            findings.add(WRONG_SHAPE, pointer, "", "\"" + kind + "\" must be an object of types, got a JSON "
                    + JsonKinds.of(value) + "; write \"" + kind + "\": {\"TYPE\": {\"NAME\": {...}}}");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> types = value.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            if (TerraformConfig.COMMENT_KEY.equals(type.getKey())) {
                continue;
            }
            String typePointer = JsonPointers.child(pointer, type.getKey());
            checkLabel(findings, type.getKey(), typePointer, kind + " type");
            if (!type.getValue().isObject()) {
                findings.add(WRONG_SHAPE, typePointer, "", "\"" + kind + "\".\"" + type.getKey()
                        + "\" must be an object of names, got a JSON " + JsonKinds.of(type.getValue())
                        + "; write \"" + type.getKey() + "\": {\"NAME\": {...}}");
                continue;
            }
            String prefix = kind.equals("data") ? "data." + type.getKey() + "." : type.getKey() + ".";
            checkNamed(findings, kind + " name", type.getValue(), typePointer, prefix);
        }
    }

    private void checkNamed(Findings findings, String kind, JsonNode value, String pointer) {
        if (!value.isObject()) {
            findings.add(WRONG_SHAPE, pointer, "", "\"" + kind + "\" must be an object of names, got a JSON "
                    + JsonKinds.of(value) + "; write \"" + kind + "\": {\"NAME\": {...}}");
            return;
        }
        String prefix = kind.equals("module") ? "module." : kind.equals("variable") ? "var." : kind + ".";
        checkNamed(findings, kind + " name", value, pointer, prefix);
    }

    private void checkNamed(Findings findings, String what, JsonNode value, String pointer, String addressPrefix) {
        for (Iterator<Map.Entry<String, JsonNode>> names = value.fields(); names.hasNext(); ) {
            Map.Entry<String, JsonNode> name = names.next();
            if (TerraformConfig.COMMENT_KEY.equals(name.getKey())) {
                continue;
            }
            JsonNode body = name.getValue();
            boolean validLabel = Labels.valid(name.getKey());
            boolean plainBody = body.isObject();
            if (validLabel && plainBody) {
                continue; // the common case: nothing to report, so no pointer or address to build
            }
            String namePointer = JsonPointers.child(pointer, name.getKey());
            String address = addressPrefix + name.getKey();
            checkLabel(findings, name.getKey(), namePointer, what);
            if (body.isArray() && body.size() > 1) {
                findings.add(WRONG_SHAPE, namePointer, address, address + " is declared " + body.size()
                        + " times (an array of " + body.size() + " bodies); give each block its own name");
            } else if (!body.isObject() && !(body.isArray() && body.size() == 1 && body.get(0).isObject())) {
                findings.add(WRONG_SHAPE, namePointer, address, "the body of " + address
                        + " must be a JSON object, got a JSON " + JsonKinds.of(body) + "; write {\"argument\": value, ...}");
            }
        }
    }

    private void checkProviders(Findings findings, JsonNode value, String pointer) {
        if (!value.isObject()) {
            findings.add(WRONG_SHAPE, pointer, "", "\"provider\" must be an object of provider names, got a JSON "
                    + JsonKinds.of(value) + "; write \"provider\": {\"aws\": {...}} or {\"aws\": [{...}, {...}]}");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> names = value.fields(); names.hasNext(); ) {
            Map.Entry<String, JsonNode> name = names.next();
            if (TerraformConfig.COMMENT_KEY.equals(name.getKey())) {
                continue;
            }
            String namePointer = JsonPointers.child(pointer, name.getKey());
            checkLabel(findings, name.getKey(), namePointer, "provider name");
            checkBodies(findings, "provider \"" + name.getKey() + "\"", name.getValue(), namePointer);
        }
    }

    /** Blocks that JSON syntax allows as one object or as an array of objects. */
    private void checkBodies(Findings findings, String kind, JsonNode value, String pointer) {
        if (value.isObject()) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isObject()) {
                    findings.add(WRONG_SHAPE, JsonPointers.child(pointer, i), "", "element " + i + " of " + kind
                            + " must be a JSON object, got a JSON " + JsonKinds.of(value.get(i)));
                }
            }
            return;
        }
        findings.add(WRONG_SHAPE, pointer, "", kind + " must be a JSON object (or an array of objects), got a JSON "
                + JsonKinds.of(value));
    }

    private void checkLabel(Findings findings, String label, String pointer, String what) {
        if (!Labels.valid(label)) {
            findings.add(INVALID_LABEL, pointer, "", "invalid " + what + " \"" + label + "\"");
        }
    }

    private void onlyKnownArguments(Findings findings, JsonNode body, String pointer, String address,
                                    Set<String> known) {
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                findings.add(UNKNOWN_BLOCK_ARGUMENT, JsonPointers.child(pointer, name), address, address
                        + ": unsupported argument \"" + name + "\"." + DidYouMean.hint(name, known) + " Allowed here: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
        });
    }

    private void requireArgument(Findings findings, JsonNode body, String pointer, String address, String argument,
                                 String why) {
        if (!body.has(argument)) {
            findings.add(MISSING_BLOCK_ARGUMENT, pointer, address, address + " has no \"" + argument + "\": " + why);
        }
    }

    /** Collects findings of this check for one document. */
    private static final class Findings {
        private final LoadedDocument document;
        private final List<Finding> list = new ArrayList<>();

        Findings(LoadedDocument document) {
            this.document = document;
        }

        void add(RuleInfo rule, String pointer, String address, String message) {
            list.add(rule.finding(document.locations().locate(pointer), address, message));
        }

        List<Finding> list() {
            return list;
        }
    }
}
