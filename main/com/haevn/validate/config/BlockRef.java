package com.haevn.validate.config;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One labelled block of a Terraform JSON document (a resource, data source, module, variable, output...).
 *
 * @param kind    the top-level key it sits under: "resource", "data", "module", "variable", "output", "provider"
 * @param type    the type label for resources and data sources (aws_s3_bucket), else ""
 * @param name    the name label
 * @param body    the block's object body
 * @param pointer the JSON Pointer of the body
 */
public record BlockRef(String kind, String type, String name, JsonNode body, String pointer) {

    /** The Terraform address: {@code aws_s3_bucket.logs}, {@code data.aws_ami.base}, {@code module.vpc}, ... */
    public String address() {
        return switch (kind) {
            case "resource" -> type + "." + name;
            case "data" -> "data." + type + "." + name;
            case "module" -> "module." + name;
            case "variable" -> "var." + name;
            case "output" -> "output." + name;
            case "provider" -> "provider." + name;
            default -> kind + "." + name;
        };
    }
}
