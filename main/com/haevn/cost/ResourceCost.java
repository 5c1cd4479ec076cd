package com.haevn.cost;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The monthly cost of one resource of a stack.
 *
 * @param address       {@code type.name}
 * @param type          the Terraform resource type
 * @param charges       its priced components (none for resources AWS does not charge for)
 * @param unpricedReason why the resource as a whole is not priced (no pricing rule for its type, a size the
 *                      configuration does not fix), if so
 */
public record ResourceCost(String address, String type, List<Charge> charges, Optional<String> unpricedReason) {

    public ResourceCost {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        charges = List.copyOf(charges);
        Objects.requireNonNull(unpricedReason, "unpricedReason");
    }

    public static ResourceCost priced(String address, String type, List<Charge> charges) {
        return new ResourceCost(address, type, charges, Optional.empty());
    }

    public static ResourceCost unpriced(String address, String type, String reason) {
        return new ResourceCost(address, type, List.of(), Optional.of(reason));
    }

    /** The sum of the priced charges. */
    public CostRange cost() {
        return charges.stream().flatMap(c -> c.cost().stream()).reduce(CostRange.ZERO, CostRange::plus);
    }

    /** Whether anything of this resource lacks a price. */
    public boolean hasUnpriced() {
        return unpricedReason.isPresent() || charges.stream().anyMatch(c -> c.price().isEmpty());
    }
}
