package com.haevn.modules.traffic;

import java.util.Objects;

/**
 * One region's origin: its ALB.
 *
 * @param name    the pool's name, e.g. {@code prod-use1}
 * @param address the ALB's DNS name (usually a reference into the front door's remote state)
 */
public record RegionOrigin(String name, String address) {

    public RegionOrigin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
