package com.haevn.validate.schema;

/** What a schema entry describes. */
public enum SchemaKind {
    RESOURCE,
    DATA_SOURCE,
    PROVIDER
}
