package com.haevn.modules.addons;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a release's typed values (records, lists, maps) as the JSON document Helm reads as its values file. JSON is
 * YAML, so no template is involved: record components keep their declared order, map keys are sorted and absent
 * (null) components are left out, so the same values always give the same bytes.
 */
public final class HelmValues {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private HelmValues() {
    }

    /** The values document of {@code values}. */
    public static String json(Object values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write Helm values of " + values.getClass().getSimpleName(), e);
        }
    }

    /**
     * A reference the collector resolves from its own environment at start ({@code ${env:NAME}}), escaped so that
     * Terraform passes it through literally instead of reading it as an interpolation.
     */
    public static String environmentReference(String variable) {
        return "$${env:" + variable + "}";
    }
}
