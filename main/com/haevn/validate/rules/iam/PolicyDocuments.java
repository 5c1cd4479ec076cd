package com.haevn.validate.rules.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Link;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the statements of a policy argument, whichever way it is written: a JSON string, cdktf's
 * {@code ${jsonencode({...})}} of literals, or a reference to an {@code aws_iam_policy_document} data source.
 * Empty when the statements cannot be known before apply.
 */
public final class PolicyDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSONENCODE = Pattern.compile("^\\$\\{\\s*jsonencode\\((.*)\\)\\s*}$", Pattern.DOTALL);

    private PolicyDocuments() {
    }

    public static Optional<List<PolicyStatement>> statements(DocumentIndex index, Resource owner, String path) {
        Attr policy = owner.attr(path);
        Optional<List<PolicyStatement>> written = written(policy);
        if (written.isPresent() || !policy.isUnknown()) {
            return written;
        }
        for (Resource document : index.dataSources("aws_iam_policy_document")) {
            if (index.link(owner, path, document) == Link.YES) {
                return fromDocument(document);
            }
        }
        return Optional.empty();
    }

    /** The {@code aws_iam_policy_document} data source {@code owner}'s policy argument at {@code path} refers to. */
    public static Optional<Resource> document(DocumentIndex index, Resource owner, String path) {
        return index.dataSources("aws_iam_policy_document").stream()
                .filter(document -> index.link(owner, path, document) == Link.YES).findFirst();
    }

    /** The statements of a policy written in place: a JSON string or {@code ${jsonencode(...)}} of literals. */
    public static Optional<List<PolicyStatement>> written(Attr policy) {
        if (policy.isKnown()) {
            return policy.text().flatMap(PolicyDocuments::parseJson);
        }
        Optional<String> expression = policy.expression();
        if (expression.isPresent()) {
            Matcher encode = JSONENCODE.matcher(expression.get().trim());
            if (encode.matches()) {
                return HclLiteral.toJson(encode.group(1)).flatMap(PolicyDocuments::parseJson);
            }
        }
        return Optional.empty();
    }

    /** Arguments of an {@code aws_iam_policy_document} that bring in statements from other documents. */
    private static final List<String> MERGED_DOCUMENTS = List.of("source_policy_documents",
            "override_policy_documents", "source_json", "override_json");

    /**
     * The statements of an {@code aws_iam_policy_document} data source (its blocks, or its known json). Empty when
     * they cannot all be read before apply: a {@code dynamic} statement, statements merged in from other
     * documents, or an effect or condition given as an expression.
     */
    public static Optional<List<PolicyStatement>> fromDocument(Resource document) {
        Attr json = document.attr("json");
        if (json.isKnown()) {
            return json.text().flatMap(PolicyDocuments::parseJson);
        }
        if (document.attr("statement").isUnknown()
                || MERGED_DOCUMENTS.stream().anyMatch(argument -> document.attr(argument).isSet())) {
            return Optional.empty();
        }
        List<PolicyStatement> result = new ArrayList<>();
        for (Block statement : document.blocks("statement")) {
            Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
            if (statement.attr("effect").isUnknown() || statement.attr("condition").isUnknown()) {
                return Optional.empty();
            }
            for (Block condition : statement.blocks("condition")) {
                if (condition.containsUnknown()) {
                    return Optional.empty();
                }
                String test = condition.attr("test").text().orElse("");
                String variable = condition.attr("variable").text().orElse("");
                conditions.computeIfAbsent(test, t -> new LinkedHashMap<>())
                        .put(variable, strings(condition.attr("values").node()));
            }
            result.add(new PolicyStatement(statement.attr("effect").text().orElse("Allow"),
                    strings(statement.attr("actions").node()), strings(statement.attr("resources").node()),
                    conditions, !statement.blocks("principals").isEmpty()));
        }
        return Optional.of(result);
    }

    /** Statements of a policy JSON text; empty when it is not JSON (e.g. holds an interpolation). */
    public static Optional<List<PolicyStatement>> parseJson(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            JsonNode statements = root.path("Statement");
            List<PolicyStatement> result = new ArrayList<>();
            for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
                if (statement.isObject()) {
                    result.add(new PolicyStatement(statement.path("Effect").asText(""),
                            strings(statement.get("Action")), strings(statement.get("Resource")),
                            conditions(statement.path("Condition")), statement.has("Principal")));
                }
            }
            return Optional.of(result);
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static Map<String, Map<String, List<String>>> conditions(JsonNode condition) {
        Map<String, Map<String, List<String>>> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> operators = condition.fields();
        while (operators.hasNext()) {
            Map.Entry<String, JsonNode> operator = operators.next();
            Map<String, List<String>> byKey = new LinkedHashMap<>();
            operator.getValue().fields().forEachRemaining(e -> byKey.put(e.getKey(), strings(e.getValue())));
            result.put(operator.getKey(), byKey);
        }
        return result;
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> result = new ArrayList<>();
            node.forEach(element -> result.add(element.asText()));
            return result;
        }
        return List.of(node.asText());
    }
}
