package com.haevn.environment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of YAML nodes. A value of the wrong type is reported (saying what was received)
 * and comes back empty, so the caller carries on with the next key.
 */
final class YamlValues {

    private YamlValues() {
    }

    /** Text; numbers are accepted as their text, booleans and nulls are not (YAML reads "no" as false). */
    static Optional<Located<String>> string(Node node, String path, FileProblems problems) {
        if (node instanceof ScalarNode scalar && !isNull(scalar) && !Tag.BOOL.equals(scalar.getTag())) {
            return Optional.of(located(scalar.getValue(), path, node));
        }
        problems.add(path, node, "expected text, got " + describe(node)
                + (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag()) ? "; quote it to keep it as text" : ""));
        return Optional.empty();
    }

    /** {@code true} or {@code false} written without quotes. */
    static Optional<Located<Boolean>> bool(Node node, String path, FileProblems problems) {
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            // YAML 1.1, as SnakeYAML resolves it: yes/on are true too
            boolean value = List.of("true", "yes", "on").contains(scalar.getValue().toLowerCase());
            return Optional.of(located(value, path, node));
        }
        problems.add(path, node, "expected true or false, got " + describe(node));
        return Optional.empty();
    }

    /** A whole number written without quotes. */
    static Optional<Located<Integer>> integer(Node node, String path, FileProblems problems) {
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            try {
                return Optional.of(located(Integer.parseInt(scalar.getValue().replace("_", "")), path, node));
            } catch (NumberFormatException e) {
                problems.add(path, node, "expected a whole number in plain decimal up to 2147483647, got " + describe(node));
                return Optional.empty();
            }
        }
        problems.add(path, node, "expected a whole number, got " + describe(node) + quotedNumberHint(node));
        return Optional.empty();
    }

    /** A number, whole or decimal (e.g. 0.5), written without quotes. */
    static Optional<Located<BigDecimal>> decimal(Node node, String path, FileProblems problems) {
        if (node instanceof ScalarNode scalar && (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag()))) {
            try {
                return Optional.of(located(new BigDecimal(scalar.getValue().replace("_", "")), path, node));
            } catch (NumberFormatException e) {
                problems.add(path, node, "expected a number in plain decimal (e.g. 0.5), got " + describe(node));
                return Optional.empty();
            }
        }
        problems.add(path, node, "expected a number (e.g. 0.5 or 4), got " + describe(node) + quotedNumberHint(node));
        return Optional.empty();
    }

    static Optional<MappingNode> mapping(Node node, String path, FileProblems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(mapping);
        }
        problems.add(path, node, "expected a mapping of keys, got " + describe(node));
        return Optional.empty();
    }

    static Optional<SequenceNode> sequence(Node node, String path, FileProblems problems) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        problems.add(path, node, "expected a list, got " + describe(node));
        return Optional.empty();
    }

    /** What a node holds, in words, for "got ..." in messages. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (isNull(scalar)) {
            return "no value";
        }
        String value = scalar.getValue();
        if (Tag.BOOL.equals(scalar.getTag())) {
            return "the boolean " + value;
        }
        if (Tag.INT.equals(scalar.getTag()) || Tag.FLOAT.equals(scalar.getTag())) {
            return "the number " + value;
        }
        return (isQuoted(scalar) ? "the quoted text \"" : "the text \"") + value + "\"";
    }

    static boolean isQuoted(ScalarNode scalar) {
        return scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == ScalarStyle.SINGLE_QUOTED;
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag());
    }

    private static String quotedNumberHint(Node node) {
        if (node instanceof ScalarNode scalar && isQuoted(scalar) && scalar.getValue().matches("-?\\d+(\\.\\d+)?")) {
            return "; remove the quotes";
        }
        return "";
    }

    private static <T> Located<T> located(T value, String path, Node node) {
        return new Located<>(value, path, FileProblems.lineOf(node));
    }
}
