package com.haevn.validate.core;

import java.util.Map;
import java.util.Set;

/**
 * What the loader learnt of the module one {@code module} block calls.
 *
 * @param source    the call's {@code source}
 * @param status    whether its interface was read, and if not why
 * @param variables its input variables, each with whether it is required (declared without a default)
 * @param outputs   its output names
 * @param detail    where it was read from, or why it was not
 */
public record CalledModule(String source, Status status, Map<String, Boolean> variables, Set<String> outputs,
                           String detail) {

    /** How far the called module could be read. */
    public enum Status {
        /** A local path whose Terraform JSON was read: inputs and outputs are checked. */
        READ,
        /** A registry, git or other remote source: never fetched offline, so not checked. */
        NOT_FETCHED,
        /** A local path that is not a directory. */
        NOT_FOUND,
        /** A local directory whose configuration cannot be read here (HCL files, invalid JSON). */
        NOT_READABLE
    }

    public CalledModule {
        variables = Map.copyOf(variables);
        outputs = Set.copyOf(outputs);
    }

    public static CalledModule unread(String source, Status status, String detail) {
        return new CalledModule(source, status, Map.of(), Set.of(), detail);
    }
}
