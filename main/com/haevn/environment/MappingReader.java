package com.haevn.environment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML mapping whose keys are known in advance. On creation it reports unknown keys (with a
 * did-you-mean hint), duplicate keys and non-text keys; each typed getter reports a missing key or a value of
 * the wrong type and returns empty, so reading goes on and every problem is found.
 */
public final class MappingReader {

    private final String path;
    private final int line;
    private final List<String> keys;
    private final FileProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    /**
     * @param node     the mapping
     * @param path     its key path ("" for the top level)
     * @param line     the line to blame for a missing key: the line of this mapping's own key
     * @param keys     the keys allowed here, all required, in the order they are documented
     * @param problems where problems go
     */
    MappingReader(MappingNode node, String path, int line, List<String> keys, FileProblems problems) {
        this.path = path;
        this.line = line;
        this.keys = List.copyOf(keys);
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            admit(tuple);
        }
    }

    private void admit(NodeTuple tuple) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
            problems.add(path, tuple.getKeyNode(), "keys must be plain names, got "
                    + YamlValues.describe(tuple.getKeyNode()) + " as a key; valid keys here: " + validKeys());
            return;
        }
        String key = keyNode.getValue();
        if (!keys.contains(key)) {
            problems.add(childPath(key), keyNode, "unknown key \"" + key + "\"" + Suggestions.didYouMean(key, keys)
                    + "; valid keys here: " + validKeys());
            return;
        }
        NodeTuple first = entries.putIfAbsent(key, tuple);
        if (first != null) {
            problems.add(childPath(key), keyNode, "key \"" + key + "\" appears twice (first at line "
                    + FileProblems.lineOf(first.getKeyNode()) + "); keep only one");
        }
    }

    public String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value node of a required key; reports it when missing. */
    public Optional<Node> required(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problems.add(childPath(key), line, "missing required key \"" + key + "\""
                    + (path.isEmpty() ? " at the top level" : " under \"" + path + "\""));
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** Whether an optional key is present; a missing one is no problem. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The line of a present key, for problems about the key as a whole. */
    public int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : FileProblems.lineOf(tuple.getKeyNode());
    }

    public Optional<Located<String>> string(String key) {
        return required(key).flatMap(node -> YamlValues.string(node, childPath(key), problems));
    }

    public Optional<Located<Integer>> integer(String key) {
        return required(key).flatMap(node -> YamlValues.integer(node, childPath(key), problems));
    }

    public Optional<Located<BigDecimal>> decimal(String key) {
        return required(key).flatMap(node -> YamlValues.decimal(node, childPath(key), problems));
    }

    public Optional<SequenceNode> sequence(String key) {
        return required(key).flatMap(node -> YamlValues.sequence(node, childPath(key), problems));
    }

    /** A boolean written without quotes ({@code true} or {@code false}). */
    public Optional<Located<Boolean>> bool(String key) {
        return required(key).flatMap(node -> YamlValues.bool(node, childPath(key), problems));
    }

    /**
     * A mapping found inside this one's values, e.g. an entry of a list: {@code path} is its place below this mapping
     * ({@code subscriptions[0]}), its keys are checked against {@code childKeys}.
     */
    public Optional<MappingReader> mappingAt(Node node, String path, List<String> childKeys) {
        String fullPath = childPath(path);
        return YamlValues.mapping(node, fullPath, problems)
                .map(mapping -> new MappingReader(mapping, fullPath, FileProblems.lineOf(node), childKeys, problems));
    }

    /** Text found inside this mapping's values, e.g. an entry of a list: {@code path} is its place ({@code hostnames[0]}). */
    public Optional<Located<String>> stringAt(Node node, String path) {
        return YamlValues.string(node, childPath(path), problems);
    }

    /** The nested mapping under {@code key}, itself checked against {@code childKeys}. */
    public Optional<MappingReader> mapping(String key, List<String> childKeys) {
        return required(key)
                .flatMap(node -> YamlValues.mapping(node, childPath(key), problems))
                .map(node -> new MappingReader(node, childPath(key), lineOf(key), childKeys, problems));
    }

    /**
     * Text that must be one of a closed list of spellings, e.g. {@code single | per_az}; anything else is reported as
     * {@code "x" is not a WHAT (did you mean "y"?); use one of: ...}.
     *
     * @param values the accepted spellings and what each stands for, in the order they are listed in messages
     */
    public <T> Optional<Located<T>> choice(String key, String what, Map<String, T> values) {
        return string(key).flatMap(text -> {
            T value = values.get(text.value());
            if (value == null) {
                List<String> valid = List.copyOf(values.keySet());
                report(text, "\"" + text.value() + "\" is not " + what + Suggestions.didYouMean(text.value(), valid)
                        + "; use one of: " + String.join(", ", valid));
                return Optional.empty();
            }
            return Optional.of(new Located<>(value, text.keyPath(), text.line()));
        });
    }

    /** Reports a problem with a value read from this mapping. */
    public void report(Located<?> value, String message) {
        problems.add(value, message);
    }

    /** Reports a problem with a key of this mapping as a whole, at the key's line. */
    public void report(String key, String message) {
        problems.add(childPath(key), lineOf(key), message);
    }

    private String validKeys() {
        return String.join(", ", keys);
    }
}
