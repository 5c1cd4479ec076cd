package com.haevn.environment;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one environment file; checks keep going after a problem so all are reported. */
final class FileProblems {

    private final String file;
    private final List<ConfigProblem> problems = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(String keyPath, int line, String message) {
        problems.add(new ConfigProblem(file, keyPath, line, message));
    }

    void add(String keyPath, Node node, String message) {
        add(keyPath, lineOf(node), message);
    }

    void add(Located<?> value, String message) {
        add(value.keyPath(), value.line(), message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ConfigProblem> list() {
        return List.copyOf(problems);
    }

    static int lineOf(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
