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
final class MappingReader {

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

    String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value node of a required key; reports it when missing. */
    Optional<Node> required(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            problems.add(childPath(key), line, "missing required key \"" + key + "\""
                    + (path.isEmpty() ? " at the top level" : " under \"" + path + "\""));
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** The line of a present key, for problems about the key as a whole. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : FileProblems.lineOf(tuple.getKeyNode());
    }

    Optional<Located<String>> string(String key) {
        return required(key).flatMap(node -> YamlValues.string(node, childPath(key), problems));
    }

    Optional<Located<Integer>> integer(String key) {
        return required(key).flatMap(node -> YamlValues.integer(node, childPath(key), problems));
    }

    Optional<Located<BigDecimal>> decimal(String key) {
        return required(key).flatMap(node -> YamlValues.decimal(node, childPath(key), problems));
    }

    Optional<SequenceNode> sequence(String key) {
        return required(key).flatMap(node -> YamlValues.sequence(node, childPath(key), problems));
    }

    /** The nested mapping under {@code key}, itself checked against {@code childKeys}. */
    Optional<MappingReader> mapping(String key, List<String> childKeys) {
        return required(key)
                .flatMap(node -> YamlValues.mapping(node, childPath(key), problems))
                .map(node -> new MappingReader(node, childPath(key), lineOf(key), childKeys, problems));
    }

    private String validKeys() {
        return String.join(", ", keys);
    }
}
