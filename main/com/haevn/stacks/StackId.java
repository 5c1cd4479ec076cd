package com.haevn.stacks;

import com.haevn.environment.AwsRegion;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stack's stable name: {@code <env>-<region short>-<layer>} (e.g. {@code prod-use1-network}) or
 * {@code <env>-global-<layer>}, and for a variant of a stack (a per-PR review stack) {@code -<variant>} after it
 * ({@code dev-use1-review-pr-123}). Names are part of the contract: each names a state key and a folder of cdktf.out.
 *
 * @param environment the environment's name
 * @param location    the region's short code, or {@link #GLOBAL}
 * @param layer       the layer's name
 * @param variant     empty for the one stack of a matrix cell; otherwise lowercase letters, digits and hyphens
 */
public record StackId(String environment, String location, String layer, String variant) {

    public static final String GLOBAL = "global";
    private static final Pattern VARIANT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?");

    public StackId {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(variant, "variant");
        if (!variant.isEmpty() && !VARIANT.matcher(variant).matches()) {
            throw new IllegalArgumentException("\"" + variant + "\" is not a stack variant; use 1 to 32 lowercase "
                    + "letters, digits and inner hyphens, e.g. pr-123");
        }
    }

    /** The one stack of a cell. */
    public StackId(String environment, String location, String layer) {
        this(environment, location, layer, "");
    }

    public static StackId regional(String environment, AwsRegion region, String layer) {
        return new StackId(environment, region.shortCode(), layer);
    }

    public static StackId global(String environment, String layer) {
        return new StackId(environment, GLOBAL, layer);
    }

    /** The same cell's stack for a variant, e.g. {@code pr-123}. */
    public StackId withVariant(String variant) {
        return new StackId(environment, location, layer, variant);
    }

    public String name() {
        String base = environment + "-" + location + "-" + layer;
        return variant.isEmpty() ? base : base + "-" + variant;
    }

    @Override
    public String toString() {
        return name();
    }
}
