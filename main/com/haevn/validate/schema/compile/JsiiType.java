package com.haevn.validate.schema.compile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The parts of one jsii type that the schema needs.
 *
 * @param fqn          fully qualified jsii name
 * @param kind         "class", "interface" or "enum"
 * @param base         the base class fqn for classes, else ""
 * @param summary      the docs summary (holds the registry link with the Terraform type name)
 * @param configFqn    for classes, the fqn of the initializer's "config" parameter, else ""
 * @param properties   declared properties
 */
public record JsiiType(String fqn, String kind, String base, String summary, String configFqn,
                       List<Property> properties) {

    /**
     * One declared property.
     *
     * @param name     camelCase name
     * @param optional whether it may be left out
     * @param isStatic whether it is static
     * @param type     the jsii type reference
     * @param docs     the summary and remarks, where cdktf writes the Terraform docs anchor
     */
    public record Property(String name, boolean optional, boolean isStatic, JsonNode type, String docs) {
    }
}
