package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausible values of a producer stack's outputs, derived from its own synthesized output expressions: a literal
 * stays as it is, a reference to a resource argument set in the configuration takes that argument's (resolved)
 * value, and a computed attribute takes a value of the right shape for its resource type ({@link AwsValues}).
 * Lists ({@code [a, b]}, splats over {@code count}) become lists.
 */
public final class ProducerOutputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WHOLE_EXPRESSION = Pattern.compile("^\\$\\{(.*)}$", Pattern.DOTALL);
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(data\\.)?(aws_[a-z0-9_]+)\\.([A-Za-z0-9_-]+)((?:\\.[A-Za-z0-9_]+|\\[[0-9]+]|\\[\\*])*)$");
    private static final Pattern CONVERSION = Pattern.compile("^(tolist|toset)\\((.*)\\)$", Pattern.DOTALL);
    private static final int MAX_DEPTH = 16;
    private static final int DEFAULT_SPLAT_LENGTH = 3;

    private final SynthesizedStack producer;

    public ProducerOutputs(SynthesizedStack producer) {
        this.producer = producer;
    }

    /**
     * The values of the named outputs (every output when {@code names} is empty), by name in the order asked.
     *
     * @throws IllegalArgumentException naming the output and expression when an output is missing or its
     *                                  expression is one this class cannot give a value to
     */
    public Map<String, JsonNode> values(Set<String> names) {
        List<String> wanted = new ArrayList<>(names);
        if (wanted.isEmpty()) {
            producer.configuration().path("output").fieldNames().forEachRemaining(wanted::add);
        }
        wanted.sort(null);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String name : wanted) {
            JsonNode output = producer.output(name);
            if (output.isMissingNode()) {
                throw new IllegalArgumentException("stack " + producer.name() + " has no output '" + name
                        + "' (a consumer reads it through terraform_remote_state): synthesize both stacks together");
            }
            try {
                values.put(name, evaluate(output.path("value"), 0));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("output '" + name + "' of stack " + producer.name() + ": "
                        + e.getMessage(), e);
            }
        }
        return values;
    }

    private JsonNode evaluate(JsonNode value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("references nest deeper than " + MAX_DEPTH + " levels");
        }
        if (value.isTextual()) {
            return evaluateString(value.textValue(), depth);
        }
        if (value.isArray()) {
            ArrayNode list = NODES.arrayNode();
            value.forEach(element -> list.add(evaluate(element, depth + 1)));
            return list;
        }
        if (value.isObject()) {
            ObjectNode object = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                object.set(field.getKey(), evaluate(field.getValue(), depth + 1));
            }
            return object;
        }
        return value;
    }

    private JsonNode evaluateString(String text, int depth) {
        Matcher whole = WHOLE_EXPRESSION.matcher(text);
        if (whole.matches() && !whole.group(1).contains("${")) {
            return expression(whole.group(1).strip(), depth);
        }
        Matcher parts = INTERPOLATION.matcher(text);
        StringBuilder template = new StringBuilder();
        while (parts.find()) {
            JsonNode part = expression(parts.group(1).strip(), depth);
            if (!part.isValueNode()) {
                throw new IllegalArgumentException("'${" + parts.group(1) + "}' inside a string is not a single value");
            }
            parts.appendReplacement(template, Matcher.quoteReplacement(part.asText()));
        }
        parts.appendTail(template);
        return TextNode.valueOf(template.toString());
    }

    private JsonNode expression(String expression, int depth) {
        Matcher conversion = CONVERSION.matcher(expression);
        if (conversion.matches()) {
            return expression(conversion.group(2).strip(), depth);
        }
        Optional<JsonNode> literal = literal(expression);
        if (literal.isPresent()) {
            return literal.get();
        }
        if (expression.startsWith("[") && expression.endsWith("]")) {
            ArrayNode list = NODES.arrayNode();
            for (String element : topLevelElements(expression.substring(1, expression.length() - 1))) {
                list.add(expression(element, depth + 1));
            }
            return list;
        }
        Matcher reference = REFERENCE.matcher(expression);
        if (!reference.matches()) {
            throw new IllegalArgumentException("cannot derive a plausible value from the expression '" + expression
                    + "': the offline plan knows literals, resource and data source references, [lists],"
                    + " tolist() and toset()");
        }
        boolean dataSource = reference.group(1) != null;
        String type = reference.group(2);
        String name = reference.group(3);
        JsonNode block = producer.block(dataSource, type, name);
        if (block.isMissingNode()) {
            throw new IllegalArgumentException("'" + expression + "' refers to " + (dataSource ? "data." : "") + type
                    + "." + name + ", which the stack does not declare");
        }
        return reference(dataSource, type, name, block, reference.group(4), depth);
    }

    /** A reference {@code TYPE.NAME} followed by {@code path}: instance index or splat, then attributes. */
    private JsonNode reference(boolean dataSource, String type, String name, JsonNode block, String path, int depth) {
        List<String> steps = steps(path);
        if (!steps.isEmpty() && steps.get(0).equals("[*]")) {
            int count = block.path("count").canConvertToInt() ? block.path("count").asInt() : DEFAULT_SPLAT_LENGTH;
            ArrayNode list = NODES.arrayNode();
            for (int i = 0; i < count; i++) {
                list.add(attribute(dataSource, type, name, block, i, steps.subList(1, steps.size()), depth));
            }
            return list;
        }
        if (!steps.isEmpty() && steps.get(0).startsWith("[")) {
            int index = Integer.parseInt(steps.get(0).substring(1, steps.get(0).length() - 1));
            return attribute(dataSource, type, name, block, index, steps.subList(1, steps.size()), depth);
        }
        return attribute(dataSource, type, name, block, -1, steps, depth);
    }

    private JsonNode attribute(boolean dataSource, String type, String name, JsonNode block, int instance,
                               List<String> steps, int depth) {
        List<String> attributes = steps.stream().filter(s -> !s.startsWith("[")).toList();
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("a reference to the whole of " + type + "." + name
                    + " has no single plausible value; output one of its attributes");
        }
        JsonNode configured = configured(block, steps);
        if (!configured.isMissingNode() && !configured.isNull()) {
            return evaluate(configured, depth + 1);
        }
        if (dataSource) {
            Optional<JsonNode> known = DataSourceValues.attribute(type, attributes, producer.awsProviderOf(block));
            if (known.isPresent()) {
                return known.get();
            }
        }
        SynthesizedStack.AwsProviderConfig provider = producer.awsProviderOf(block);
        String seed = producer.name() + "/" + (dataSource ? "data." : "") + type + "." + name
                + (instance >= 0 ? "[" + instance + "]" : "");
        AwsValues.Subject subject = new AwsValues.Subject(type, name, argument -> argument(block, argument, depth),
                provider.region(), provider.accountId(), seed);
        return AwsValues.attribute(subject, attributes);
    }

    private Optional<JsonNode> argument(JsonNode block, String argument, int depth) {
        JsonNode configured = block.path(argument);
        return configured.isMissingNode() || configured.isNull()
                ? Optional.empty() : Optional.of(evaluate(configured, depth + 1));
    }

    /**
     * The value the configuration itself gives the attribute at {@code steps} (nested blocks are objects, or lists of
     * objects, in Terraform JSON), or a missing node when the attribute is computed.
     */
    private static JsonNode configured(JsonNode block, List<String> steps) {
        JsonNode node = block;
        for (String step : steps) {
            if (step.startsWith("[")) {
                if (node.isArray()) {
                    node = node.path(Integer.parseInt(step.substring(1, step.length() - 1)));
                }
            } else {
                node = (node.isArray() ? node.path(0) : node).path(step);
            }
            if (node.isMissingNode()) {
                return node;
            }
        }
        return node;
    }

    /** A quoted string, a number or a boolean written in an expression. */
    private static Optional<JsonNode> literal(String expression) {
        if (expression.length() >= 2 && expression.startsWith("\"") && expression.endsWith("\"")
                && expression.indexOf('"', 1) == expression.length() - 1) {
            return Optional.of(TextNode.valueOf(expression.substring(1, expression.length() - 1)));
        }
        if (expression.equals("true") || expression.equals("false")) {
            return Optional.of(NODES.booleanNode(Boolean.parseBoolean(expression)));
        }
        if (expression.matches("-?[0-9]+(\\.[0-9]+)?")) {
            return Optional.of(NODES.numberNode(new BigDecimal(expression)));
        }
        return Optional.empty();
    }

    /** {@code .a[0].b[*]} → {@code [a, [0], b, [*]]}. */
    private static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        Matcher step = Pattern.compile("\\.([A-Za-z0-9_]+)|(\\[[0-9*]+])").matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : step.group(2));
        }
        return steps;
    }

    /** The comma-separated elements of a list literal's inside, split only at the top level. */
    private static List<String> topLevelElements(String inside) {
        List<String> elements = new ArrayList<>();
        int nesting = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '"' && (i == 0 || inside.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(' || c == '{')) {
                nesting++;
            } else if (!quoted && (c == ']' || c == ')' || c == '}')) {
                nesting--;
            } else if (!quoted && nesting == 0 && c == ',') {
                elements.add(inside.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = inside.substring(start).strip();
        if (!last.isEmpty()) {
            elements.add(last);
        }
        return elements;
    }
}
