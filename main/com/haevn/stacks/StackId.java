package com.haevn.stacks;

/**
 * A stack's stable name: {@code <env>-<region short>-<layer>} (e.g. {@code prod-use1-network}) or
 * {@code <env>-global-<layer>}. Names are part of the contract: each names a state key and a folder of cdktf.out.
 */
public record StackId(String environment, String location, String layer) {

    public static final String GLOBAL = "global";

    public String name() {
        return environment + "-" + location + "-" + layer;
    }

    @Override
    public String toString() {
        return name();
    }
}
