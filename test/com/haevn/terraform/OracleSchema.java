package com.haevn.terraform;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
/** The AWS provider's part of {@code terraform providers schema -json}: the oracle the validator is held to. */
public final class OracleSchema {

    private OracleSchema() {
    }

    /** The schema of the provider whose source address ends in {@code hashicorp/aws}, whatever its host. */
    public static JsonNode aws(JsonNode providersSchemaOutput) {
        JsonNode schemas = providersSchemaOutput.path("provider_schemas");
        for (Iterator<String> sources = schemas.fieldNames(); sources.hasNext(); ) {
            String source = sources.next();
            if (source.endsWith("/hashicorp/aws")) {
                return schemas.get(source);
            }
        }
        throw new AssertionError("terraform's schema output holds no hashicorp/aws provider: " + schemas.fieldNames());
    }
}
