package com.haevn.layers.async;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads an EventBridge event pattern written as a YAML mapping and renders it as JSON with sorted keys, so the
 * same pattern gives the same text however the YAML is laid out. EventBridge matches a field against a list of
 * values, so every field maps to a non-empty list (of values, or of filters such as {@code {prefix: img-}}) or to
 * a mapping of nested fields. Unquoted numbers, {@code true}, {@code false} and {@code null} keep their JSON
 * types; other YAML 1.1 booleans ({@code yes}, {@code on}) are refused rather than guessed.
 */
final class EventPatternReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MappingReader entry;
    private boolean valid = true;

    private EventPatternReader(MappingReader entry) {
        this.entry = entry;
    }

    /** The pattern under {@code key} of {@code entry} as JSON, or empty when a problem was reported. */
    static Optional<String> read(MappingReader entry, String key) {
        Optional<Node> node = entry.required(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        EventPatternReader reader = new EventPatternReader(entry);
        String path = entry.childPath(key);
        if (!(node.get() instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            reader.report(path, node.get(), "expected a mapping of event fields to the values they match, e.g. "
                    + "{ source: [haevn.orders], detail-type: [OrderPlaced] }");
            return Optional.empty();
        }
        Map<String, Object> pattern = reader.fields(mapping, path);
        if (!reader.valid) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.writeValueAsString(pattern));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event pattern of plain values renders as JSON", e);
        }
    }

    /** A mapping of fields: each value a list of matches or a nested mapping of fields. */
    private Map<String, Object> fields(MappingNode mapping, String path) {
        Map<String, Object> fields = new TreeMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> field = key(tuple.getKeyNode(), path);
            if (field.isEmpty()) {
                continue;
            }
            String fieldPath = path + "." + field.get();
            Node value = tuple.getValueNode();
            if (value instanceof MappingNode nested && !nested.getValue().isEmpty()) {
                fields.put(field.get(), fields(nested, fieldPath));
            } else if (value instanceof SequenceNode list && !list.getValue().isEmpty()) {
                fields.put(field.get(), matches(list, fieldPath));
            } else {
                report(fieldPath, value, "EventBridge matches a field against a list of values: write "
                        + field.get() + ": [" + (value instanceof ScalarNode s ? s.getValue() : "...") + "], or a "
                        + "mapping of nested fields");
            }
        }
        return fields;
    }

    /** A list of values or filters ({@code {prefix: x}}, {@code {numeric: [">", 0]}}), taken as written. */
    private List<Object> matches(SequenceNode list, String path) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            values.add(value(list.getValue().get(i), path + "[" + i + "]"));
        }
        return values;
    }

    private Object value(Node node, String path) {
        if (node instanceof SequenceNode list) {
            return matches(list, path);
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Object> filter = new TreeMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                key(tuple.getKeyNode(), path).ifPresent(k -> filter.put(k, value(tuple.getValueNode(), path + "." + k)));
            }
            return filter;
        }
        return scalar((ScalarNode) node, path);
    }

    private Object scalar(ScalarNode scalar, String path) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            report(path, scalar, "\"" + text + "\" reads as a YAML boolean; write true or false, or quote it (\""
                    + text + "\") to match the text");
            return text;
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notPlainDecimal) {
                report(path, scalar, "\"" + text + "\" reads as a YAML number but is not a plain decimal; write it "
                        + "in decimal digits, or quote it to match the text");
                return text;
            }
        }
        return text;
    }

    private Optional<String> key(Node key, String path) {
        if (key instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
            return Optional.of(scalar.getValue());
        }
        report(path, key, "event pattern fields must be plain names, e.g. detail-type");
        return Optional.empty();
    }

    private void report(String path, Node node, String message) {
        valid = false;
        entry.report(new Located<>(null, path, node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1),
                message);
    }
}
