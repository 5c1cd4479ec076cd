package com.haevn.layers.runtime;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.Tier;
import com.haevn.modules.runtime.NodeGroupSpec;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static com.haevn.layers.runtime.SectionValues.text;
import static com.haevn.layers.runtime.SectionValues.uniqueName;

/**
 * Reads {@code runtime.node_groups}: names, instance types of one architecture, sizes in order (staging and
 * production keep a node in each of their three AZs) and root volume sizes.
 */
final class NodeGroupsReader {

    static final List<String> KEYS = List.of("name", "instance_types", "min_size", "desired_size", "max_size",
            "disk_size_gib");
    /** Nodes a staging or production node group keeps at least: one in each of the three AZs. */
    static final int HIGH_AVAILABILITY_MIN_NODES = 3;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,19}");

    private NodeGroupsReader() {
    }

    /** The node groups of {@code list}, or empty when anything was reported (through {@code section}). */
    static Optional<List<NodeGroupSpec>> read(SequenceNode list, MappingReader section, Optional<Tier> tier) {
        if (list.getValue().isEmpty()) {
            section.report("node_groups", "a cluster needs at least one node group; add { name: general, "
                    + "instance_types: [m6i.large], min_size: 3, desired_size: 3, max_size: 9, disk_size_gib: 50 }");
            return Optional.empty();
        }
        List<NodeGroupSpec> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<NodeGroupSpec> group = nodeGroup(section, list.getValue().get(i), "node_groups[" + i + "]",
                    names, tier);
            valid &= group.isPresent();
            group.ifPresent(groups::add);
        }
        return valid ? Optional.of(groups) : Optional.empty();
    }

    private static Optional<NodeGroupSpec> nodeGroup(MappingReader section, Node node, String path, Set<String> names,
                                                     Optional<Tier> tier) {
        Optional<MappingReader> entry = section.mappingAt(node, path, KEYS);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        MappingReader group = entry.get();
        Optional<Located<String>> name = group.string("name").filter(n -> uniqueName(n, NAME, group, names,
                "node group", "20", "general"));
        Optional<List<String>> types = group.sequence("instance_types").flatMap(list -> instanceTypes(list, group));
        Optional<Located<Integer>> min = group.integer("min_size");
        Optional<Located<Integer>> desired = group.integer("desired_size");
        Optional<Located<Integer>> max = group.integer("max_size");
        Optional<Located<Integer>> disk = group.integer("disk_size_gib").filter(d -> diskSize(d, group));
        if (name.isEmpty() || types.isEmpty() || min.isEmpty() || desired.isEmpty() || max.isEmpty() || disk.isEmpty()
                || !sizes(min.get(), desired.get(), max.get(), group, tier)) {
            return Optional.empty();
        }
        return Optional.of(new NodeGroupSpec(name.get().value(), types.get(), min.get().value(),
                desired.get().value(), max.get().value(), disk.get().value()));
    }

    private static Optional<List<String>> instanceTypes(SequenceNode list, MappingReader group) {
        if (list.getValue().isEmpty()) {
            group.report("instance_types", "a node group needs at least one instance type, e.g. [m6i.large]");
            return Optional.empty();
        }
        List<String> types = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<Located<String>> type = text(list.getValue().get(i), group, "instance_types[" + i + "]");
            if (type.isPresent() && !NodeGroupSpec.INSTANCE_TYPE.matcher(type.get().value()).matches()) {
                group.report(type.get(), "\"" + type.get().value() + "\" is not an EC2 instance type; write family "
                        + "and size, e.g. m6i.xlarge");
                type = Optional.empty();
            }
            valid &= type.isPresent();
            type.ifPresent(t -> types.add(t.value()));
        }
        if (valid && types.stream().map(NodeGroupSpec::isGraviton).distinct().count() > 1) {
            group.report("instance_types", types + " mixes arm64 (Graviton) and x86_64 instance types; a node group "
                    + "runs one AMI type, so give each architecture its own node group");
            return Optional.empty();
        }
        return valid ? Optional.of(types) : Optional.empty();
    }

    private static boolean sizes(Located<Integer> min, Located<Integer> desired, Located<Integer> max,
                                 MappingReader group, Optional<Tier> tier) {
        if (min.value() < 0 || min.value() > desired.value() || desired.value() > max.value() || max.value() < 1) {
            group.report(min, "node group sizes must satisfy 0 <= min_size <= desired_size <= max_size and "
                    + "max_size >= 1, got " + min.value() + " <= " + desired.value() + " <= " + max.value());
            return false;
        }
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        if (highAvailability.isPresent() && min.value() < HIGH_AVAILABILITY_MIN_NODES) {
            group.report(min, "a " + highAvailability.get().yamlValue() + " node group keeps at least "
                    + HIGH_AVAILABILITY_MIN_NODES + " nodes, one in each AZ, so losing an AZ leaves the others "
                    + "running pods (the seed's AZ-gone game day); got min_size " + min.value());
            return false;
        }
        return true;
    }

    private static boolean diskSize(Located<Integer> disk, MappingReader group) {
        if (disk.value() >= NodeGroupSpec.MINIMUM_DISK_GIB && disk.value() <= NodeGroupSpec.MAXIMUM_DISK_GIB) {
            return true;
        }
        group.report(disk, disk.value() + " GiB is not a node root volume size; use " + NodeGroupSpec.MINIMUM_DISK_GIB
                + " (the EKS AMIs' smallest) to " + NodeGroupSpec.MAXIMUM_DISK_GIB + " (the largest gp3 volume)");
        return false;
    }

}
