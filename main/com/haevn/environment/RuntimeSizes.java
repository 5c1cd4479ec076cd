package com.haevn.environment;

import java.util.Objects;

/**
 * Size of the EKS node group in each region.
 *
 * @param nodeInstanceType EC2 instance type of the nodes, e.g. {@code m6i.xlarge}
 * @param nodeMin          minimum node count (at least 1)
 * @param nodeMax          maximum node count (at least {@code nodeMin})
 */
public record RuntimeSizes(String nodeInstanceType, int nodeMin, int nodeMax) {

    public RuntimeSizes {
        Objects.requireNonNull(nodeInstanceType, "nodeInstanceType");
    }
}
