package com.haevn.stacks;

import java.util.Objects;

/**
 * What one layer publishes for later layers: a record whose components are text or lists of text (ids, ARNs,
 * names), e.g. the network's VPC and subnet ids. Each component becomes an output of the producing stack, named in
 * snake case ({@code vpcId} -> {@code vpc_id}); a consumer reads it back through a remote-state lookup, never as a
 * value shared in memory, so the wiring is exactly what Terraform will see.
 *
 * @param layer the name of the layer that publishes it
 * @param type  the record type
 * @param <T>   the record type
 */
public record ExportKey<T extends Record>(String layer, Class<T> type) {

    public ExportKey {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(type, "type");
        ExportRecords.requireSupported(type);
    }

    public static <T extends Record> ExportKey<T> of(String layer, Class<T> type) {
        return new ExportKey<>(layer, type);
    }

    @Override
    public String toString() {
        return layer + " " + type.getSimpleName();
    }
}
