package com.haevn.environment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An AWS commercial region (the {@code aws} partition; GovCloud and China are separate partitions and not
 * listed). Each has a stable short code used in stack names, e.g. {@code prod-use1-data}: the continent
 * prefix, the direction letters and the number ({@code us-east-1 -> use1}, {@code ap-southeast-2 -> apse2},
 * {@code eu-central-1 -> euc1}). Short codes are part of stack names and so of state keys: never change one.
 */
public final class AwsRegion {

    public static final AwsRegion US_EAST_1 = new AwsRegion("us-east-1", "use1");
    public static final AwsRegion US_EAST_2 = new AwsRegion("us-east-2", "use2");
    public static final AwsRegion US_WEST_1 = new AwsRegion("us-west-1", "usw1");
    public static final AwsRegion US_WEST_2 = new AwsRegion("us-west-2", "usw2");
    public static final AwsRegion AF_SOUTH_1 = new AwsRegion("af-south-1", "afs1");
    public static final AwsRegion AP_EAST_1 = new AwsRegion("ap-east-1", "ape1");
    public static final AwsRegion AP_EAST_2 = new AwsRegion("ap-east-2", "ape2");
    public static final AwsRegion AP_SOUTH_1 = new AwsRegion("ap-south-1", "aps1");
    public static final AwsRegion AP_SOUTH_2 = new AwsRegion("ap-south-2", "aps2");
    public static final AwsRegion AP_NORTHEAST_1 = new AwsRegion("ap-northeast-1", "apne1");
    public static final AwsRegion AP_NORTHEAST_2 = new AwsRegion("ap-northeast-2", "apne2");
    public static final AwsRegion AP_NORTHEAST_3 = new AwsRegion("ap-northeast-3", "apne3");
    public static final AwsRegion AP_SOUTHEAST_1 = new AwsRegion("ap-southeast-1", "apse1");
    public static final AwsRegion AP_SOUTHEAST_2 = new AwsRegion("ap-southeast-2", "apse2");
    public static final AwsRegion AP_SOUTHEAST_3 = new AwsRegion("ap-southeast-3", "apse3");
    public static final AwsRegion AP_SOUTHEAST_4 = new AwsRegion("ap-southeast-4", "apse4");
    public static final AwsRegion AP_SOUTHEAST_5 = new AwsRegion("ap-southeast-5", "apse5");
    public static final AwsRegion AP_SOUTHEAST_6 = new AwsRegion("ap-southeast-6", "apse6");
    public static final AwsRegion AP_SOUTHEAST_7 = new AwsRegion("ap-southeast-7", "apse7");
    public static final AwsRegion CA_CENTRAL_1 = new AwsRegion("ca-central-1", "cac1");
    public static final AwsRegion CA_WEST_1 = new AwsRegion("ca-west-1", "caw1");
    public static final AwsRegion EU_CENTRAL_1 = new AwsRegion("eu-central-1", "euc1");
    public static final AwsRegion EU_CENTRAL_2 = new AwsRegion("eu-central-2", "euc2");
    public static final AwsRegion EU_WEST_1 = new AwsRegion("eu-west-1", "euw1");
    public static final AwsRegion EU_WEST_2 = new AwsRegion("eu-west-2", "euw2");
    public static final AwsRegion EU_WEST_3 = new AwsRegion("eu-west-3", "euw3");
    public static final AwsRegion EU_SOUTH_1 = new AwsRegion("eu-south-1", "eus1");
    public static final AwsRegion EU_SOUTH_2 = new AwsRegion("eu-south-2", "eus2");
    public static final AwsRegion EU_NORTH_1 = new AwsRegion("eu-north-1", "eun1");
    public static final AwsRegion IL_CENTRAL_1 = new AwsRegion("il-central-1", "ilc1");
    public static final AwsRegion ME_SOUTH_1 = new AwsRegion("me-south-1", "mes1");
    public static final AwsRegion ME_CENTRAL_1 = new AwsRegion("me-central-1", "mec1");
    public static final AwsRegion MX_CENTRAL_1 = new AwsRegion("mx-central-1", "mxc1");
    public static final AwsRegion SA_EAST_1 = new AwsRegion("sa-east-1", "sae1");

    private static final List<AwsRegion> ALL = List.of(
            US_EAST_1, US_EAST_2, US_WEST_1, US_WEST_2,
            AF_SOUTH_1,
            AP_EAST_1, AP_EAST_2, AP_SOUTH_1, AP_SOUTH_2,
            AP_NORTHEAST_1, AP_NORTHEAST_2, AP_NORTHEAST_3,
            AP_SOUTHEAST_1, AP_SOUTHEAST_2, AP_SOUTHEAST_3, AP_SOUTHEAST_4, AP_SOUTHEAST_5, AP_SOUTHEAST_6,
            AP_SOUTHEAST_7,
            CA_CENTRAL_1, CA_WEST_1,
            EU_CENTRAL_1, EU_CENTRAL_2, EU_WEST_1, EU_WEST_2, EU_WEST_3, EU_SOUTH_1, EU_SOUTH_2, EU_NORTH_1,
            IL_CENTRAL_1, ME_SOUTH_1, ME_CENTRAL_1, MX_CENTRAL_1, SA_EAST_1);

    private final String name;
    private final String shortCode;

    private AwsRegion(String name, String shortCode) {
        this.name = name;
        this.shortCode = shortCode;
    }

    /** Every commercial region, in a fixed order. */
    public static List<AwsRegion> all() {
        return ALL;
    }

    /** The region with this exact name (e.g. {@code us-east-1}), if AWS has one. */
    public static Optional<AwsRegion> of(String name) {
        return ALL.stream().filter(r -> r.name.equals(name)).findFirst();
    }

    /** The region code AWS uses, e.g. {@code us-east-1}. */
    public String name() {
        return name;
    }

    /** The short code used in stack names, e.g. {@code use1}. */
    public String shortCode() {
        return shortCode;
    }

    /** Whether {@code zone} names an availability zone of this region: the region name plus one letter. */
    public boolean ownsAvailabilityZone(String zone) {
        return zone.length() == name.length() + 1 && zone.startsWith(name)
                && zone.charAt(name.length()) >= 'a' && zone.charAt(name.length()) <= 'z';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwsRegion region && region.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
