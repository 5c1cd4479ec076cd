package com.haevn.modules.peering;

import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link RegionPeering}.
 *
 * @param name      the Name tag of the peering connection, e.g. {@code haevn-prod-usw2-use1}
 * @param accountId the account that owns both VPCs (12 digits): the peering is requested and accepted in it
 * @param requester the VPC that requests the peering, in the stack's own region
 * @param accepter  the VPC in the other region, reached through its region's (aliased) provider
 * @param ports     the ports the nodes of each end accept from the other end's range; none: routes only
 */
public record RegionPeeringProps(String name, String accountId, PeeredVpc requester, PeeredVpc accepter,
                                 List<PeeredPort> ports) {

    public RegionPeeringProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        ports = List.copyOf(ports);
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("an AWS account id is 12 digits, got " + accountId);
        }
        if (requester.region().equals(accepter.region())) {
            throw new IllegalArgumentException("a region peering joins two regions; both ends are in " + requester.region());
        }
        if (requester.cidr().overlaps(accepter.cidr())) {
            throw new IllegalArgumentException("peered VPCs need ranges that do not overlap: " + requester.cidr() + " and "
                    + accepter.cidr());
        }
        if (ports.stream().map(PeeredPort::port).distinct().count() != ports.size()) {
            throw new IllegalArgumentException("a port is listed twice: " + ports);
        }
    }
}
