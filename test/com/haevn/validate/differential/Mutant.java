package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One mutated stack.
 *
 * @param stack       the stack it was derived from
 * @param kind        the mutation class (misspelt argument, wrong type, ...)
 * @param description what was changed, for failure messages
 * @param document    the mutated Terraform JSON
 * @param removed     for a missing-argument mutant, the resource type and the argument taken out; for a
 *                    wrong-type mutant, the argument retyped; else null
 */
record Mutant(String stack, String kind, String description, ObjectNode document, Removed removed) {

    /** The argument of a resource of this type that the mutant took out or gave a wrong type. */
    record Removed(String resourceType, String argument) {
    }

    Mutant(String stack, String kind, String description, ObjectNode document) {
        this(stack, kind, description, document, null);
    }
}
