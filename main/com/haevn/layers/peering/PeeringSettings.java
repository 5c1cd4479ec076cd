package com.haevn.layers.peering;

import com.haevn.modules.peering.PeeredPort;

import java.util.List;

/**
 * The {@code peering} section of an environment file.
 *
 * @param nodePorts the ports the runtime nodes of each region accept from the other regions' VPCs
 *                  ({@code node_ports}); none: the regions are routed to each other, but no node admits them
 */
public record PeeringSettings(List<PeeredPort> nodePorts) {

    public PeeringSettings {
        nodePorts = List.copyOf(nodePorts);
    }
}
