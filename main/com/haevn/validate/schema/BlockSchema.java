package com.haevn.validate.schema;

import java.util.Map;
import java.util.Set;

/**
 * What a block (a resource, data source, provider or nested block) may hold.
 *
 * @param attributes its arguments by Terraform name
 * @param blocks     its nested block types by Terraform name
 * @param computed   attributes that only the provider sets (readable in references, never configurable)
 */
public record BlockSchema(Map<String, Attribute> attributes, Map<String, NestedBlock> blocks, Set<String> computed) {

    public BlockSchema {
        attributes = Map.copyOf(attributes);
        blocks = Map.copyOf(blocks);
        computed = Set.copyOf(computed);
    }

    /** Whether a reference may read {@code name}: an argument, a block or a computed attribute. */
    public boolean readable(String name) {
        return attributes.containsKey(name) || blocks.containsKey(name) || computed.contains(name);
    }
}
