package com.haevn.layers.runtime;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Suggestions;
import com.haevn.modules.network.Cidr;
import com.haevn.modules.runtime.AccessRole;
import com.haevn.modules.runtime.AddonVersions;
import com.haevn.modules.runtime.NodeGroupSpec;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Reads and checks the {@code runtime} section: a Kubernetes version in EKS standard support, public endpoint CIDRs
 * (never the whole internet), node groups (staging and production keep a node in each of their three AZs), add-on
 * versions (kube-proxy on the cluster's minor version) and the roles with access entries.
 */
final class RuntimeSettingsSection implements SettingsSection<RuntimeSettings> {

    static final List<String> ADDON_KEYS = List.of("vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver");
    /** The retention periods CloudWatch Logs accepts. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

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
                        + String.join(", ", AccessRolesReader.POLICIES.keySet()) + ", cluster-wide); the role that creates the "
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
                .flatMap(list -> NodeGroupsReader.read(list, section, context.tier()));
        Optional<AddonVersions> addons = section.mapping("addon_versions", ADDON_KEYS)
                .flatMap(mapping -> addonVersions(mapping, version));
        Optional<List<AccessRole>> roles = section.sequence("access_roles")
                .flatMap(list -> AccessRolesReader.read(list, section));
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
            Optional<Located<String>> text = SectionValues.text(list.getValue().get(i), section,
                    "public_access_cidrs[" + i + "]");
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

}
