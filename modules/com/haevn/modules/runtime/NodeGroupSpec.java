package com.haevn.modules.runtime;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One managed node group, spread over every subnet of the cluster.
 *
 * @param name          its short name, e.g. {@code general}; the group is named {@code <cluster>-<name>}
 * @param instanceTypes the EC2 instance types, all of one CPU architecture, e.g. {@code [m6i.xlarge]}
 * @param minSize       fewest nodes
 * @param desiredSize   nodes at creation; afterwards the cluster autoscaler owns it (Terraform ignores changes)
 * @param maxSize       most nodes
 * @param diskSizeGib   size of each node's encrypted gp3 root volume, in GiB
 */
public record NodeGroupSpec(String name, List<String> instanceTypes, int minSize, int desiredSize, int maxSize,
                            int diskSizeGib) {

    /** An EC2 instance type: family, a dot, size ({@code m6i.xlarge}). */
    public static final Pattern INSTANCE_TYPE = Pattern.compile("([a-z][a-z0-9-]*)\\.([a-z0-9]+)");
    /** Families of Graviton (arm64) instances: a {@code g} right after the generation digit ({@code m7g, c7gn}). */
    private static final Pattern GRAVITON_FAMILY = Pattern.compile("[a-z]+\\d+g[a-z]*");
    /** The smallest root volume the EKS optimized AL2023 AMIs boot from, in GiB. */
    public static final int MINIMUM_DISK_GIB = 20;
    /** The largest gp3 volume, in GiB. */
    public static final int MAXIMUM_DISK_GIB = 16384;

    public NodeGroupSpec {
        Objects.requireNonNull(name, "name");
        instanceTypes = List.copyOf(instanceTypes);
        if (instanceTypes.isEmpty()) {
            throw new IllegalArgumentException("node group " + name + " needs at least one instance type");
        }
        for (String type : instanceTypes) {
            if (!INSTANCE_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("\"" + type + "\" is not an EC2 instance type such as m6i.xlarge");
            }
        }
        if (instanceTypes.stream().map(NodeGroupSpec::isGraviton).distinct().count() > 1) {
            throw new IllegalArgumentException("node group " + name + " mixes arm64 and x86_64 instance types "
                    + instanceTypes + "; a node group runs one AMI type");
        }
        if (minSize < 0 || minSize > desiredSize || desiredSize > maxSize || maxSize < 1) {
            throw new IllegalArgumentException("node group " + name + " needs 0 <= min <= desired <= max and max >= 1, "
                    + "got " + minSize + "/" + desiredSize + "/" + maxSize);
        }
        if (diskSizeGib < MINIMUM_DISK_GIB || diskSizeGib > MAXIMUM_DISK_GIB) {
            throw new IllegalArgumentException("node group " + name + " disk size must be " + MINIMUM_DISK_GIB + " to "
                    + MAXIMUM_DISK_GIB + " GiB, got " + diskSizeGib);
        }
    }

    /** True for Graviton instance types, which need the arm64 AMI. */
    public static boolean isGraviton(String instanceType) {
        var matcher = INSTANCE_TYPE.matcher(instanceType);
        return matcher.matches() && GRAVITON_FAMILY.matcher(matcher.group(1)).matches();
    }

    /** The EKS AMI type for the group's architecture: Amazon Linux 2023, standard variant. */
    public String amiType() {
        return isGraviton(instanceTypes.get(0)) ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD";
    }
}
