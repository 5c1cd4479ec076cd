package com.haevn.validate.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One input, parsed: a plan file, a Terraform JSON file, or the Terraform JSON files of one folder joined into
 * the module terraform reads from them.
 *
 * @param file          the file as the user named it, or the folder of a module joined from several files
 * @param kind          Terraform JSON or plan JSON
 * @param root          the parsed JSON
 * @param locations     where each JSON Pointer stands in its file
 * @param calledModules what is known of the module each {@code module} block calls, by the block's name
 */
public record LoadedDocument(String file, DocumentKind kind, JsonNode root, LocationIndex locations,
                             Map<String, CalledModule> calledModules) {

    public LoadedDocument {
        calledModules = Map.copyOf(calledModules);
    }

    /** A document whose module calls were not looked at. */
    public LoadedDocument(String file, DocumentKind kind, JsonNode root, LocationIndex locations) {
        this(file, kind, root, locations, Map.of());
    }

    public LoadedDocument withCalledModules(Map<String, CalledModule> modules) {
        return new LoadedDocument(file, kind, root, locations, modules);
    }
}
