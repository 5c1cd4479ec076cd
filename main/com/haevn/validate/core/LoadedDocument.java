package com.haevn.validate.core;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input file, parsed.
 *
 * @param file      the file as the user named it
 * @param kind      Terraform JSON or plan JSON
 * @param root      the parsed JSON
 * @param locations where each JSON Pointer stands in the file
 */
public record LoadedDocument(String file, DocumentKind kind, JsonNode root, LocationIndex locations) {
}
