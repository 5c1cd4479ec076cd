package com.haevn.layers.runtime;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Suggestions;
import com.haevn.environment.Tier;
import com.haevn.modules.network.Cidr;
import com.haevn.modules.runtime.AccessRole;
import com.haevn.modules.runtime.AddonVersions;
import com.haevn.modules.runtime.EksAccessPolicy;
import com.haevn.modules.runtime.NodeGroupSpec;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and checks the {@code runtime} section: a Kubernetes version in EKS standard support, public endpoint CIDRs
 * (never the whole internet), node groups (staging and production keep a node in each of their three AZs), add-on
 * versions (kube-proxy on the cluster's minor version) and the roles with access entries.
 */
final class RuntimeSettingsSection implements SettingsSection<RuntimeSettings> {

    static final List<String> NODE_GROUP_KEYS = List.of("name", "instance_types", "min_size", "desired_size",
            "max_size", "disk_size_gib");
    static final List<String> ADDON_KEYS = List.of("vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver");
    static final List<String> ACCESS_ROLE_KEYS = List.of("name", "role_arn", "access_policy");
    /** The retention periods CloudWatch Logs accepts. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    /** Nodes a staging or production node group keeps at least: one in each of the three AZs. */
    static final int HIGH_AVAILABILITY_MIN_NODES = 3;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,19}");
    private static final Pattern ACCESS_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Map<String, EksAccessPolicy> ACCESS_POLICIES = policies();

    @Override
    public String key() {
        return RuntimeLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("kubernetes_version", "public_access_cidrs", "control_plane_log_retention_days",
                "node_groups", "addon_versions", "access_roles");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("kubernetes_version", "text", "the EKS cluster's minor version, quoted (\"1.35\"); "
                        + "must be in EKS standard support on " + KubernetesVersions.READ_ON + ": "
                        + KubernetesVersions.inStandardSupport()),
                new SettingDoc("public_access_cidrs", "list", "IPv4 CIDRs that may reach the public API endpoint; "
                        + "empty turns the public endpoint off (the private endpoint is always on); never a /0"),
                new SettingDoc("control_plane_log_retention_days", "number",
                        "a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, ... 3653) for the five control-plane "
                                + "log types"),
                new SettingDoc("node_groups[]", "list", "managed node groups over the three private subnets: `name` "
                        + "(`[a-z][a-z0-9-]*`, up to 20, unique), `instance_types` (e.g. [m6i.xlarge], one CPU "
                        + "architecture), `min_size` <= `desired_size` <= `max_size` (nodes; staging and production: "
                        + "min_size at least 3, a node in each AZ), `disk_size_gib` (20 to 16384)"),
                new SettingDoc("addon_versions", "mapping", "pinned EKS add-on versions (`v1.21.1-eksbuild.3`) of "
                        + "`vpc-cni`, `coredns`, `kube-proxy` (on the cluster's minor version) and `aws-ebs-csi-driver`"),
                new SettingDoc("access_roles[]", "list", "IAM roles given access entries: `name` (unique), "
                        + "`role_arn` (arn:aws:iam::ACCOUNT:role/NAME), `access_policy` (one of "
                        + String.join(", ", ACCESS_POLICIES.keySet()) + ", cluster-wide); the role that creates the "
                        + "cluster stays cluster admin"));
    }

    @Override
    public Optional<RuntimeSettings> read(MappingReader section, SectionContext context) {
        Optional<String> version = section.string("kubernetes_version").flatMap(v -> version(v, section));
        Optional<List<String>> cidrs = section.sequence("public_access_cidrs")
                .flatMap(list -> cidrs(list, section));
        Optional<Integer> retention = section.integer("control_plane_log_retention_days")
                .flatMap(days -> retentionDays(days, section));
        Optional<List<NodeGroupSpec>> groups = section.sequence("node_groups")
                .flatMap(list -> nodeGroups(list, section, context.tier()));
        Optional<AddonVersions> addons = section.mapping("addon_versions", ADDON_KEYS)
                .flatMap(mapping -> addonVersions(mapping, version));
        Optional<List<AccessRole>> roles = section.sequence("access_roles").flatMap(list -> accessRoles(list, section));
        if (version.isEmpty() || cidrs.isEmpty() || retention.isEmpty() || groups.isEmpty() || addons.isEmpty()
                || roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RuntimeSettings(version.get(), cidrs.get(), retention.get(), groups.get(),
                addons.get(), roles.get()));
    }

    private static Optional<String> version(Located<String> text, MappingReader section) {
        Optional<KubernetesVersions.Release> release = KubernetesVersions.find(text.value());
        if (release.isEmpty()) {
            section.report(text, "\"" + text.value() + "\" is not a Kubernetes version of the EKS release calendar "
                    + "read on " + KubernetesVersions.READ_ON + Suggestions.didYouMean(text.value(),
                    KubernetesVersions.CALENDAR.stream().map(KubernetesVersions.Release::version).toList())
                    + "; use one in standard support: " + KubernetesVersions.inStandardSupport()
                    + " (a newer version needs its row in KubernetesVersions first)");
            return Optional.empty();
        }
        if (!release.get().inStandardSupportOn(KubernetesVersions.READ_ON)) {
            section.report(text, "Kubernetes " + text.value() + " left EKS standard support on "
                    + release.get().endOfStandardSupport() + " (extended support costs extra per cluster hour, then "
                    + "AWS upgrades the cluster itself); use one in standard support on " + KubernetesVersions.READ_ON
                    + ": " + KubernetesVersions.inStandardSupport());
            return Optional.empty();
        }
        return Optional.of(text.value());
    }

    private static Optional<List<String>> cidrs(SequenceNode list, MappingReader section) {
        List<String> cidrs = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<Located<String>> text = text(list.getValue().get(i), section, "public_access_cidrs[" + i + "]");
            Optional<Cidr> cidr = text.flatMap(t -> publicCidr(t, section));
            valid &= cidr.isPresent();
            cidr.ifPresent(c -> cidrs.add(c.toString()));
        }
        return valid ? Optional.of(cidrs) : Optional.empty();
    }

    private static Optional<Cidr> publicCidr(Located<String> text, MappingReader section) {
        Cidr cidr;
        try {
            cidr = Cidr.parse(text.value());
        } catch (IllegalArgumentException e) {
            section.report(text, e.getMessage());
            return Optional.empty();
        }
        if (cidr.prefixLength() == 0) {
            section.report(text, cidr + " opens the cluster's API to the whole internet; list the CIDRs that need the "
                    + "public endpoint (a VPN's or CI runners' static egress), or none to keep it private");
            return Optional.empty();
        }
        return Optional.of(cidr);
    }

    private static Optional<Integer> retentionDays(Located<Integer> value, MappingReader section) {
        if (RETENTION_DAYS.contains(value.value())) {
            return Optional.of(value.value());
        }
        section.report(value, value.value() + " days is not a retention period CloudWatch Logs accepts; use one of: "
                + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    private static Optional<List<NodeGroupSpec>> nodeGroups(SequenceNode list, MappingReader section,
                                                            Optional<Tier> tier) {
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
        Optional<MappingReader> entry = section.mappingAt(node, path, NODE_GROUP_KEYS);
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

    private static Optional<AddonVersions> addonVersions(MappingReader addons, Optional<String> clusterVersion) {
        Map<String, String> versions = new LinkedHashMap<>();
        boolean valid = true;
        for (String addon : ADDON_KEYS) {
            Optional<Located<String>> version = addons.string(addon).filter(v -> addonVersion(addon, v, addons));
            if (addon.equals("kube-proxy") && version.isPresent() && clusterVersion.isPresent()
                    && !kubeProxyMatches(version.get(), clusterVersion.get(), addons)) {
                version = Optional.empty();
            }
            valid &= version.isPresent();
            version.ifPresent(v -> versions.put(addon, v.value()));
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new AddonVersions(versions.get("vpc-cni"), versions.get("coredns"),
                versions.get("kube-proxy"), versions.get("aws-ebs-csi-driver")));
    }

    private static boolean addonVersion(String addon, Located<String> version, MappingReader addons) {
        if (AddonVersions.VERSION.matcher(version.value()).matches()) {
            return true;
        }
        addons.report(version, "\"" + version.value() + "\" is not an EKS add-on version; write it as "
                + "`aws eks describe-addon-versions --addon-name " + addon + "` lists it, e.g. v1.21.1-eksbuild.3");
        return false;
    }

    private static boolean kubeProxyMatches(Located<String> version, String clusterVersion, MappingReader addons) {
        Matcher matcher = AddonVersions.VERSION.matcher(version.value());
        matcher.matches();
        String minor = matcher.group(1) + "." + matcher.group(2);
        if (minor.equals(clusterVersion)) {
            return true;
        }
        addons.report(version, "kube-proxy " + version.value() + " is built for Kubernetes " + minor + ", the cluster "
                + "runs " + clusterVersion + "; use a v" + clusterVersion + ".x-eksbuild.N version");
        return false;
    }

    private static Optional<List<AccessRole>> accessRoles(SequenceNode list, MappingReader section) {
        List<AccessRole> roles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> arns = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<AccessRole> role = accessRole(section, list.getValue().get(i), "access_roles[" + i + "]", names,
                    arns);
            valid &= role.isPresent();
            role.ifPresent(roles::add);
        }
        return valid ? Optional.of(roles) : Optional.empty();
    }

    private static Optional<AccessRole> accessRole(MappingReader section, Node node, String path, Set<String> names,
                                                   Set<String> arns) {
        Optional<MappingReader> entry = section.mappingAt(node, path, ACCESS_ROLE_KEYS);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        MappingReader role = entry.get();
        Optional<Located<String>> name = role.string("name").filter(n -> uniqueName(n, ACCESS_NAME, role, names,
                "access role", "40", "platform-admins"));
        Optional<Located<String>> arn = role.string("role_arn").filter(a -> roleArn(a, role, arns));
        Optional<Located<EksAccessPolicy>> policy = role.choice("access_policy", "an EKS access policy",
                ACCESS_POLICIES);
        if (name.isEmpty() || arn.isEmpty() || policy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessRole(name.get().value(), arn.get().value(), policy.get().value()));
    }

    private static boolean roleArn(Located<String> arn, MappingReader role, Set<String> arns) {
        if (!AccessRole.ROLE_ARN.matcher(arn.value()).matches()) {
            role.report(arn, "\"" + arn.value() + "\" is not an IAM role ARN; write arn:aws:iam::ACCOUNT:role/NAME, "
                    + "e.g. arn:aws:iam::123456789012:role/platform-admins");
            return false;
        }
        if (!arns.add(arn.value())) {
            role.report(arn, arn.value() + " is listed twice; a role has one access entry, give it the widest "
                    + "policy it needs");
            return false;
        }
        return true;
    }

    private static boolean uniqueName(Located<String> name, Pattern pattern, MappingReader entry, Set<String> names,
                                      String what, String length, String example) {
        if (!pattern.matcher(name.value()).matches()) {
            entry.report(name, "\"" + name.value() + "\" is not a " + what + " name; use up to " + length
                    + " lowercase letters, digits and hyphens, starting with a letter, e.g. " + example);
            return false;
        }
        if (!names.add(name.value())) {
            entry.report(name, what + " name \"" + name.value() + "\" is used twice; give each its own");
            return false;
        }
        return true;
    }

    /** A text item of a list, e.g. {@code public_access_cidrs[0]}. */
    private static Optional<Located<String>> text(Node node, MappingReader parent, String path) {
        Located<String> located = new Located<>(node instanceof ScalarNode scalar ? scalar.getValue() : "",
                parent.childPath(path), node.getStartMark().getLine() + 1);
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()
                && !"tag:yaml.org,2002:null".equals(scalar.getTag().getValue())) {
            return Optional.of(located);
        }
        parent.report(located, "expected text, got " + (node instanceof ScalarNode ? "no value" : "a list or mapping"));
        return Optional.empty();
    }

    private static Map<String, EksAccessPolicy> policies() {
        Map<String, EksAccessPolicy> policies = new LinkedHashMap<>();
        for (EksAccessPolicy policy : EksAccessPolicy.values()) {
            policies.put(policy.policyName(), policy);
        }
        return policies;
    }
}
