package com.haevn.modules.network;

import java.util.List;
import java.util.stream.IntStream;

/**
 * How a VPC range is carved into subnets, one public and one private per availability zone (at most
 * {@link #MAX_ZONES}): private subnets take the first three quarters of the range (a quarter each), public subnets
 * a sixteenth each from the last quarter, which leaves a sixteenth free for later use. A /16 VPC thus gives /18
 * private subnets (16,379 usable addresses each, room for EKS pods) and /20 public ones (4,091 each).
 */
public final class SubnetLayout {

    /** Three quarters of the range hold the private subnets, so three zones at most. */
    public static final int MAX_ZONES = 3;
    /** The public subnets' prefix is the VPC's plus this many bits. */
    public static final int PUBLIC_NEW_BITS = 4;
    /** The private subnets' prefix is the VPC's plus this many bits. */
    public static final int PRIVATE_NEW_BITS = 2;
    /** The first public subnet's index among the VPC's sixteenths: the start of the last quarter. */
    private static final int FIRST_PUBLIC_SIXTEENTH = 12;

    private SubnetLayout() {
    }

    /** The public subnets' ranges, one per zone in order, as Terraform's {@code cidrsubnet(vpc, 4, 12 + i)}. */
    public static List<String> publicSubnets(Cidr vpc, int zones) {
        requireZones(zones);
        return IntStream.range(0, zones)
                .mapToObj(i -> vpc.subnet(PUBLIC_NEW_BITS, FIRST_PUBLIC_SIXTEENTH + i).toString()).toList();
    }

    /** The private subnets' ranges, one per zone in order, as Terraform's {@code cidrsubnet(vpc, 2, i)}. */
    public static List<String> privateSubnets(Cidr vpc, int zones) {
        requireZones(zones);
        return IntStream.range(0, zones).mapToObj(i -> vpc.subnet(PRIVATE_NEW_BITS, i).toString()).toList();
    }

    private static void requireZones(int zones) {
        if (zones < 1 || zones > MAX_ZONES) {
            throw new IllegalArgumentException("the subnet layout serves 1 to " + MAX_ZONES + " zones, got " + zones);
        }
    }
}
