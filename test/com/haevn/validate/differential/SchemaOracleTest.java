package com.haevn.validate.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.terraform.OracleSchema;
import com.haevn.terraform.TerraformRunner;
import com.haevn.terraform.TerraformAvailability;
import com.haevn.validate.schema.Attribute;
import com.haevn.validate.schema.BlockSchema;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.schema.SchemaKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the schema compiled from the AWS 5.23.1 bindings with the real AWS provider schema that terraform
 * prints ({@code terraform providers schema -json}, AWS 5.100.0 from the mirror). The versions differ, so the
 * figures are not 100%; the test prints them and holds them above floors that a broken extraction would miss.
 */
class SchemaOracleTest {

    @TempDir
    Path work;

    @Test
    void should_match_the_real_aws_provider_schema_for_shared_types() throws Exception {
        TerraformRunner runner = TerraformAvailability.requireOfflineRunner();
        Path stack = work.resolve("stack");
        Files.createDirectories(stack);
        Files.writeString(stack.resolve("main.tf.json"), "{\"terraform\": {\"required_providers\": {\"aws\": "
                + "{\"source\": \"hashicorp/aws\"}}}}");
        runner.init(stack);
        Path schemaFile = work.resolve("schema.json");
        runner.providersSchema(stack, schemaFile);
        JsonNode aws = OracleSchema.aws(new ObjectMapper().readTree(schemaFile.toFile()));

        ProviderSchemas ours = ProviderSchemas.bundled();
        int[] resources = compare(ours, SchemaKind.RESOURCE, aws.path("resource_schemas"));
        int[] dataSources = compare(ours, SchemaKind.DATA_SOURCE, aws.path("data_source_schemas"));

        print("resources", resources);
        print("data sources", dataSources);
        assertThat(ratio(resources[1], resources[0])).as("our resource types the provider still has").isGreaterThan(0.97);
        assertThat(ratio(resources[3], resources[2])).as("our arguments the provider has").isGreaterThan(0.97);
        assertThat(ratio(resources[4], resources[3])).as("required flags that agree").isGreaterThan(0.97);
        assertThat(ratio(resources[6], resources[5])).as("computed attributes the provider has").isGreaterThan(0.95);
        assertThat(ratio(dataSources[3], dataSources[2])).as("data source arguments the provider has")
                .isGreaterThan(0.95);
    }

    /** {ourTypes, typesInOracle, ourArguments, argumentsInOracle, requiredAgree, ourComputed, computedInOracle}. */
    private static int[] compare(ProviderSchemas ours, SchemaKind kind, JsonNode theirs) {
        int[] f = new int[7];
        for (String type : ours.names(kind, "aws")) {
            f[0]++;
            JsonNode block = theirs.path(type).path("block");
            if (block.isMissingNode()) {
                continue;
            }
            f[1]++;
            BlockSchema schema = (kind == SchemaKind.RESOURCE ? ours.resource(type) : ours.dataSource(type))
                    .orElseThrow();
            for (Attribute attribute : schema.attributes().values()) {
                f[2]++;
                JsonNode their = block.path("attributes").path(attribute.name());
                if (!their.isMissingNode() && (their.path("optional").asBoolean() || their.path("required")
                        .asBoolean())) {
                    f[3]++;
                    if (their.path("required").asBoolean() == attribute.required()) {
                        f[4]++;
                    }
                }
            }
            for (String block2 : schema.blocks().keySet()) {
                f[2]++;
                if (block.path("block_types").has(block2) || block.path("attributes").has(block2)) {
                    f[3]++;
                    f[4]++;
                }
            }
            for (String computed : schema.computed()) {
                f[5]++;
                if (block.path("attributes").has(computed) || block.path("block_types").has(computed)) {
                    f[6]++;
                }
            }
        }
        return f;
    }

    private static void print(String what, int[] f) {
        System.out.printf("[schema-oracle] %s: %d of %d types exist in AWS 5.100.0; arguments %d/%d (%.1f%%) exist, "
                        + "required flag agrees for %d/%d (%.1f%%); computed attributes %d/%d (%.1f%%)%n", what,
                f[1], f[0], f[3], f[2], 100 * ratio(f[3], f[2]), f[4], f[3], 100 * ratio(f[4], f[3]), f[6], f[5],
                100 * ratio(f[6], f[5]));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
