package com.haevn.stacks;

import java.util.HashMap;
import java.util.Map;

/**
 * What layers publish for later layers: e.g. the network layer's VPC and subnet ids per environment and region.
 * Reading a value that another stack published makes cdktf wire a cross-stack reference (an output there, a
 * remote-state lookup here).
 */
public final class StackExports {

    private final Map<Key, Object> published = new HashMap<>();

    private record Key(Class<?> type, String environment, String region) {
    }

    public <T> void publish(Class<T> type, StackSpec from, T value) {
        Key key = new Key(type, from.environment().name(), from.region().region().name());
        if (published.putIfAbsent(key, value) != null) {
            throw new IllegalStateException(type.getSimpleName() + " already published for " + key);
        }
    }

    /** The value a layer registered earlier published for the same environment and region as {@code of}. */
    public <T> T lookup(Class<T> type, StackSpec of) {
        Object value = published.get(new Key(type, of.environment().name(), of.region().region().name()));
        if (value == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " for " + of.name()
                    + ": the layer that publishes it must be listed earlier in Layers.ALL and named in "
                    + of.layer().name() + "'s dependsOn()");
        }
        return type.cast(value);
    }
}
