package com.haevn.validate.rules.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resource or data source of the input, from Terraform JSON ({@code resource.TYPE.NAME}) or from a plan
 * ({@code planned_values}, with the matching {@code after_unknown}).
 */
public final class Resource extends Block {

    private final boolean data;
    private final String type;
    private final String name;
    private final String address;
    private final String modulePath;
    private final String providerKey;

    /**
     * @param data        true for a data source
     * @param type        Terraform type, e.g. {@code aws_s3_bucket}
     * @param name        the resource name
     * @param address     full address incl. module path and instance key, e.g. {@code module.a.aws_s3_bucket.x[0]}
     * @param modulePath  the module path prefix with trailing dot ({@code module.a.}) or ""
     * @param providerKey the provider configuration it uses: {@code aws} or {@code aws.west}
     * @param body        its arguments ({@code values} in a plan)
     * @param pointer     JSON Pointer of the body
     * @param unknownMask the plan's {@code after_unknown} for it, or null
     */
    public Resource(boolean data, String type, String name, String address, String modulePath, String providerKey,
                    JsonNode body, String pointer, JsonNode unknownMask) {
        super(body, pointer, unknownMask);
        this.data = data;
        this.type = type;
        this.name = name;
        this.address = address;
        this.modulePath = modulePath;
        this.providerKey = providerKey;
    }

    public boolean isData() {
        return data;
    }

    public String type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String modulePath() {
        return modulePath;
    }

    public String providerKey() {
        return providerKey;
    }

    /** The address without instance key, as configuration references name it: {@code module.a.aws_s3_bucket.x}. */
    public String configAddress() {
        return modulePath + (data ? "data." : "") + type + "." + name;
    }

    /** How many instances this block makes: its literal {@code count}, else 1 (unknown counts are reported as 1). */
    public long instanceCount() {
        return attr("count").number().orElse(1L);
    }

    /** True when {@code count} or {@code for_each} is an expression, so the instance count is unknown. */
    public boolean instanceCountUnknown() {
        return attr("count").isUnknown() || attr("for_each").isSet();
    }

    /** How many instances this block can make at most: its literal {@code count}, else 1; unbounded for
     * {@code for_each} or an unknown {@code count} ({@link Long#MAX_VALUE}). */
    public long instanceCapacity() {
        return instanceCountUnknown() ? Long.MAX_VALUE : Math.max(0, instanceCount());
    }

    @Override
    public String toString() {
        return address;
    }
}
