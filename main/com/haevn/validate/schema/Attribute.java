package com.haevn.validate.schema;

/**
 * One argument of a resource, data source, provider or nested block.
 *
 * @param name     its Terraform name (snake_case)
 * @param type     its type
 * @param required whether configuration must set it
 */
public record Attribute(String name, AttributeType type, boolean required) {
}
