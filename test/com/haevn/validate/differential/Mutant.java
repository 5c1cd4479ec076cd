package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One mutated stack.
 *
 * @param stack       the stack it was derived from
 * @param kind        the mutation class (misspelt argument, wrong type, ...)
 * @param description what was changed, for failure messages
 * @param document    the mutated Terraform JSON
 */
record Mutant(String stack, String kind, String description, ObjectNode document) {
}
