package com.haevn.validate.schema;

/**
 * A nested block type (e.g. {@code versioning} in {@code aws_s3_bucket}).
 *
 * @param name     its Terraform name
 * @param single   true when at most one such block is allowed (the bindings model it as one object, not a list)
 * @param required whether at least one block must be given
 * @param schema   what the block holds
 */
public record NestedBlock(String name, boolean single, boolean required, BlockSchema schema) {
}
