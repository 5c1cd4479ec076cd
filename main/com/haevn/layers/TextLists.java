package com.haevn.layers;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a list of text from a layer's section, each entry with its place, for checks that point at one entry. */
public final class TextLists {

    private TextLists() {
    }

    /**
     * The entries of the list under {@code key}, in order; empty when the key is missing, not a list, or holds an
     * entry that is not text (each such problem is reported).
     */
    public static Optional<List<Located<String>>> read(MappingReader section, String key) {
        Optional<List<Node>> nodes = section.sequence(key).map(sequence -> sequence.getValue());
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        List<Located<String>> entries = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<Located<String>> entry = section.stringAt(nodes.get().get(i), key + "[" + i + "]");
            valid &= entry.isPresent();
            entry.ifPresent(entries::add);
        }
        return valid ? Optional.of(entries) : Optional.empty();
    }
}
