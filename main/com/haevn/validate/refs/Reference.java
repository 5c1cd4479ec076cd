package com.haevn.validate.refs;

import java.util.List;

/**
 * One traversal found in an expression, e.g. {@code aws_subnet.a[0].id} as names {@code [aws_subnet, a, id]}
 * (index and splat steps are dropped: they do not change what the traversal names).
 *
 * @param names the attribute names of the traversal, root first
 * @param text  the traversal as written, for messages
 */
public record Reference(List<String> names, String text) {

    public String root() {
        return names.get(0);
    }

    /** The name at {@code index}, or null when the traversal is shorter. */
    public String name(int index) {
        return index < names.size() ? names.get(index) : null;
    }
}
