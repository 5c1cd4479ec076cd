package com.haevn.modules.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;
import java.util.Map;

/**
 * Renders IAM policy documents (maps and lists) to the JSON string Terraform expects. Keys are sorted so a
 * document renders identically on every run; cdktf tokens inside strings (ARNs of other resources) pass through
 * and become Terraform interpolations at synth time.
 */
public final class PolicyJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private PolicyJson() {
    }

    /** A policy document with version 2012-10-17 and the given statements. */
    public static String document(List<Map<String, Object>> statements) {
        return render(Map.of("Version", "2012-10-17", "Statement", statements));
    }

    public static String render(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a renderable policy document: " + document, e);
        }
    }
}
