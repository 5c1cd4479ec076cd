package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.haevn.stacks.PlatformStack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link ModuleRecipe} into a self-contained Terraform module: synthesizes the construct with placeholder
 * inputs, renames its resources after their construct path (no cdktf hashes), replaces the placeholders by variable
 * expressions, drops the provider, backend and cdktf metadata, and declares the variables, outputs and the pinned
 * AWS provider. The same recipe gives the same bytes.
 */
public final class ModuleGenerator {

    /** Variable validations may name other variables since Terraform 1.9. */
    public static final String REQUIRED_TERRAFORM = ">= 1.9";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModuleGenerator() {
    }

    /** @throws IllegalStateException when a placeholder is never used or survives somewhere in the module */
    public static GeneratedModule generate(ModuleRecipe recipe) {
        requireSubstitutions(recipe);
        ObjectNode synthesized = ConstructSynthesizer.synthesize(recipe, recipe.placeholders());
        ObjectNode module = NODES.objectNode();
        ObjectNode terraform = module.putObject("terraform");
        terraform.put("required_version", REQUIRED_TERRAFORM);
        terraform.putObject("required_providers").putObject("aws")
                .put("source", "hashicorp/aws").put("version", PlatformStack.AWS_PROVIDER_CONSTRAINT);
        module.set("variable", variables(recipe.inputs()));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String block : List.of("data", "resource")) {
            if (synthesized.has(block)) {
                module.set(block, renamed(recipe, (ObjectNode) synthesized.get(block),
                        block.equals("data") ? "data." : "", renamed));
            }
        }
        ObjectNode outputs = module.putObject("output");
        synthesized.path("output").fields().forEachRemaining(output -> {
            ObjectNode copy = outputs.putObject(output.getKey());
            copy.put("description", output.getValue().path("description").asText());
            copy.set("value", output.getValue().get("value"));
        });
        Set<String> used = new HashSet<>();
        List<Substitution> substitutions = new ArrayList<>(recipe.substitutions());
        substitutions.sort(Comparator.comparing((Substitution s) -> s.text().length()).reversed());
        for (String block : List.of("data", "resource", "output")) {
            if (module.has(block)) {
                module.set(block, rewrite(module.get(block), text -> substitute(references(text, renamed),
                        substitutions, used), substitutions, used));
            }
        }
        recipe.adjust(module);
        for (Substitution substitution : substitutions) {
            if (!used.contains(substitution.text())) {
                throw new IllegalStateException(recipe.name() + ": placeholder " + substitution.text()
                        + " appears nowhere in the construct's configuration; drop it or fix its value");
            }
        }
        String json = render(module);
        for (Substitution substitution : substitutions) {
            String text = substitution.text();
            Pattern leak = substitution.placeholder() instanceof Integer ? numberIn(substitution)
                    : Pattern.compile(Pattern.quote(text));
            if (leak.matcher(json).find()) {
                throw new IllegalStateException(recipe.name() + ": placeholder " + text + " survives in the module"
                        + " (a value the construct formats into text?); express it in the recipe");
            }
        }
        int resources = 0;
        for (JsonNode type : module.path("resource")) {
            resources += type.size();
        }
        return new GeneratedModule(recipe.name(), json, ModuleReadme.render(recipe, module), resources,
                module.path("output").size());
    }

    /** Every input has a placeholder, and each placeholder a substitution unless the recipe's adjust expresses it. */
    private static void requireSubstitutions(ModuleRecipe recipe) {
        Set<String> inputs = new HashSet<>();
        recipe.inputs().forEach(input -> inputs.add(input.name()));
        if (!inputs.equals(recipe.placeholders().keySet())) {
            throw new IllegalStateException(recipe.name() + ": placeholders for " + recipe.placeholders().keySet()
                    + ", inputs " + inputs);
        }
        Set<String> substituted = new HashSet<>();
        recipe.substitutions().forEach(substitution -> substituted.add(substitution.text()));
        recipe.placeholders().forEach((input, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object each : values) {
                if (!recipe.adjustedInputs().contains(input) && !substituted.contains(String.valueOf(each))) {
                    throw new IllegalStateException(recipe.name() + ": the placeholder " + each + " of input " + input
                            + " has no substitution");
                }
            }
        });
    }

    /** The module's JSON: keys sorted at every level, two-space indent, a final newline. */
    public static String render(JsonNode module) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sorted(module)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode variables(List<ModuleInput> inputs) {
        ObjectNode variables = NODES.objectNode();
        for (ModuleInput input : inputs) {
            ObjectNode variable = variables.putObject(input.name());
            variable.put("type", input.type());
            variable.put("description", input.description());
            input.defaultValue().ifPresent(value -> variable.set("default",
                    value == ModuleInput.NullDefault.INSTANCE ? NODES.nullNode() : MAPPER.valueToTree(value)));
            if (!input.validations().isEmpty()) {
                ArrayNode validations = variable.putArray("validation");
                for (ModuleInput.Validation validation : input.validations()) {
                    validations.addObject().put("condition", "${" + validation.condition() + "}")
                            .put("error_message", validation.errorMessage());
                }
            }
        }
        return variables;
    }

    /**
     * The block's resources under names taken from their construct paths below the construct ({@code public-az0},
     * {@code home_files_bucket}); {@code renamed} collects {@code type.old} to {@code type.new}.
     */
    private static ObjectNode renamed(ModuleRecipe recipe, ObjectNode block, String prefix, Map<String, String> renamed) {
        ObjectNode result = NODES.objectNode();
        block.fields().forEachRemaining(type -> {
            ObjectNode resources = result.putObject(type.getKey());
            type.getValue().fields().forEachRemaining(resource -> {
                ObjectNode body = ((ObjectNode) resource.getValue()).deepCopy();
                String name = moduleName(recipe, body.path("//").path("metadata").path("path").asText());
                if (resources.has(name)) {
                    throw new IllegalStateException(recipe.name() + ": two " + type.getKey() + " resources named " + name);
                }
                JsonNode comments = body.path("//");
                if (comments instanceof ObjectNode meta) {
                    meta.remove("metadata");
                    if (meta.isEmpty()) {
                        body.remove("//");
                    }
                }
                resources.set(name, body);
                renamed.put(prefix + type.getKey() + "." + resource.getKey(), prefix + type.getKey() + "." + name);
            });
        });
        return result;
    }

    private static String moduleName(ModuleRecipe recipe, String constructPath) {
        String[] segments = constructPath.split("/");
        if (segments.length < 3 || !segments[0].equals(ConstructSynthesizer.STACK)
                || !segments[1].equals(ConstructSynthesizer.ROOT)) {
            throw new IllegalStateException(recipe.name() + ": a resource outside the construct: " + constructPath);
        }
        String name = String.join("_", List.of(segments).subList(2, segments.length));
        for (Substitution substitution : recipe.substitutions()) {
            if (substitution.nameToken() != null) {
                name = name.replace(substitution.text(), substitution.nameToken());
            }
        }
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.-])((?:data\\.)?[a-z][a-z0-9_]*\\.[A-Za-z0-9_-]+)(?![\\w-])");

    private static String references(String text, Map<String, String> renamed) {
        if (!text.contains(".")) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(renamed.getOrDefault(matcher.group(1), matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String substitute(String text, List<Substitution> substitutions, Set<String> used) {
        String result = text;
        for (Substitution substitution : substitutions) {
            if (substitution.placeholder() instanceof String placeholder && result.contains(placeholder)) {
                result = result.replace(placeholder, substitution.expression());
                used.add(placeholder);
            } else if (substitution.placeholder() instanceof Integer) {
                // a number the construct rendered into text, e.g. a redrive policy's JSON
                Matcher number = numberIn(substitution).matcher(result);
                if (number.find()) {
                    result = number.replaceAll(Matcher.quoteReplacement(substitution.expression()));
                    used.add(substitution.text());
                }
            }
        }
        return result;
    }

    /** The integer placeholder where it stands alone in text, not as part of a longer number. */
    private static Pattern numberIn(Substitution substitution) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(substitution.text()) + "(?![\\d.])");
    }

    /** A copy of {@code node} with every string rewritten and every number equal to a placeholder replaced. */
    private static JsonNode rewrite(JsonNode node, UnaryOperator<String> strings, List<Substitution> substitutions,
                                    Set<String> used) {
        if (node.isTextual()) {
            return new TextNode(strings.apply(node.asText()));
        }
        if (node.isIntegralNumber()) {
            for (Substitution substitution : substitutions) {
                if (substitution.placeholder() instanceof Integer number && node.asLong() == number) {
                    used.add(substitution.text());
                    return new TextNode(substitution.expression());
                }
            }
            return node;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(rewrite(element, strings, substitutions, used)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(field ->
                    copy.set(field.getKey(), rewrite(field.getValue(), strings, substitutions, used)));
            return copy;
        }
        return node;
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = NODES.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
