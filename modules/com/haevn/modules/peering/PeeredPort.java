package com.haevn.modules.peering;

import java.util.Objects;

/**
 * A TCP port the nodes of each end accept from the other end's VPC.
 *
 * @param port    1 to 65535
 * @param purpose what crosses the regions on it, in the rule's description, e.g. {@code service-to-service HTTP}
 */
public record PeeredPort(int port, String purpose) {

    public PeeredPort {
        Objects.requireNonNull(purpose, "purpose");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a TCP port is 1 to 65535, got " + port);
        }
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("say what crosses the regions on port " + port);
        }
    }
}
