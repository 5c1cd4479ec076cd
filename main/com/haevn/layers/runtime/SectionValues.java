package com.haevn.layers.runtime;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the lists of the {@code runtime} section. */
final class SectionValues {

    private SectionValues() {
    }

    /**
     * True when {@code name} matches {@code pattern} and is not in {@code names} yet (it is added); otherwise reports
     * why, e.g. for {@code what} "node group", {@code length} "20" and {@code example} "general".
     */
    static boolean uniqueName(Located<String> name, Pattern pattern, MappingReader entry, Set<String> names,
                              String what, String length, String example) {
        if (!pattern.matcher(name.value()).matches()) {
            entry.report(name, "\"" + name.value() + "\" is not a " + what + " name; use up to " + length
                    + " lowercase letters, digits and hyphens, starting with a letter, e.g. " + example);
            return false;
        }
        if (!names.add(name.value())) {
            entry.report(name, what + " name \"" + name.value() + "\" is used twice; give each its own");
            return false;
        }
        return true;
    }

    /** A text item of a list, e.g. {@code public_access_cidrs[0]}. */
    static Optional<Located<String>> text(Node node, MappingReader parent, String path) {
        Located<String> located = new Located<>(node instanceof ScalarNode scalar ? scalar.getValue() : "",
                parent.childPath(path), node.getStartMark().getLine() + 1);
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()
                && !"tag:yaml.org,2002:null".equals(scalar.getTag().getValue())) {
            return Optional.of(located);
        }
        parent.report(located, "expected text, got " + (node instanceof ScalarNode ? "no value" : "a list or mapping"));
        return Optional.empty();
    }

}
