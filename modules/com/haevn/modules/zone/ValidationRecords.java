package com.haevn.modules.zone;

import java.util.List;

/**
 * The DNS records one ACM certificate expects, as its stack exports them: parallel lists, entry {@code i} of each
 * describing one record (names fully qualified with the trailing dot). Usually references into remote state.
 *
 * @param names  the records' names
 * @param types  their types
 * @param values their values
 */
public record ValidationRecords(List<String> names, List<String> types, List<String> values) {

    public ValidationRecords {
        names = List.copyOf(names);
        types = List.copyOf(types);
        values = List.copyOf(values);
    }
}
