package com.haevn.planreport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change as the report shows it once: the same address, action and attribute changes in several stacks (the
 * same diff in us-east-1 and us-west-2) make one group listing the stacks.
 *
 * @param change a representative change
 * @param stacks the stacks it occurs in, in input order
 */
record ChangeGroup(ResourceChange change, List<String> stacks) {

    /** Groups identical changes, keeping the first occurrence's order. */
    static List<ChangeGroup> of(List<StackReport> stacks, boolean drift) {
        Map<ResourceChange, List<String>> groups = new LinkedHashMap<>();
        for (StackReport stack : stacks) {
            for (ResourceChange change : drift ? stack.drift() : stack.changes()) {
                groups.computeIfAbsent(change, c -> new ArrayList<>()).add(stack.stack());
            }
        }
        List<ChangeGroup> result = new ArrayList<>();
        groups.forEach((change, in) -> result.add(new ChangeGroup(change, List.copyOf(in))));
        return result;
    }
}
