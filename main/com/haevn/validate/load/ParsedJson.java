package com.haevn.validate.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.validate.core.LocationIndex;
import com.haevn.validate.core.SourceLocation;

import java.util.List;

/**
 * The outcome of parsing one file: a tree with its locations, or the syntax error that stopped the parse.
 *
 * @param root          the parsed tree, null when {@code error} is set
 * @param locations     where each JSON Pointer stands, null when {@code error} is set
 * @param duplicateKeys where a key repeated within one object (the last occurrence is kept, as JSON parsers do)
 * @param error         what made the file unreadable, null when it parsed
 * @param errorAt       where the syntax error is, null when it parsed
 */
public record ParsedJson(JsonNode root, LocationIndex locations, List<DuplicateKey> duplicateKeys,
                         String error, SourceLocation errorAt) {

    /** One repeated key. */
    public record DuplicateKey(String pointer, SourceLocation location) {
    }

    public boolean ok() {
        return error == null;
    }

    static ParsedJson failed(String message, SourceLocation at) {
        return new ParsedJson(null, null, List.of(), message, at);
    }
}
