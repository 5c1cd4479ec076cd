package com.haevn.layers.runtime;

import com.haevn.environment.ConfigProblem;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.assertProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code runtime} section: version in standard support, endpoint CIDRs, node groups, add-ons, access roles. */
class RuntimeSettingsSectionTest {

    private static final String NODE_GROUP = "{ name: general, instance_types: [m6i.large], min_size: 3, "
            + "desired_size: 3, max_size: 9, disk_size_gib: 50 }";

    @TempDir
    Path dir;

    private static String nodeGroup(String original, String replacement) {
        return qaWith(NODE_GROUP, NODE_GROUP.replace(original, replacement));
    }

    @Test
    void should_read_the_section_of_the_fixture() {
        write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));

        RuntimeSettings settings = EnvironmentFixtures.load(dir).get("qa").settings(RuntimeLayer.SETTINGS);

        assertThat(settings.kubernetesVersion()).isEqualTo("1.35");
        assertThat(settings.publicAccessCidrs()).isEmpty();
        assertThat(settings.logRetentionDays()).isEqualTo(90);
        assertThat(settings.nodeGroups()).singleElement().satisfies(group -> {
            assertThat(group.instanceTypes()).containsExactly("m6i.large");
            assertThat(List.of(group.minSize(), group.desiredSize(), group.maxSize())).containsExactly(3, 3, 9);
        });
        assertThat(settings.addonVersions().kubeProxy()).isEqualTo("v1.35.0-eksbuild.2");
        assertThat(settings.accessRoles()).singleElement()
                .satisfies(role -> assertThat(role.policy().policyName()).isEqualTo("AmazonEKSClusterAdminPolicy"));
    }

    @Test
    void should_refuse_a_version_out_of_standard_support_on_the_day_the_calendar_was_read() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("kubernetes_version: \"1.35\"", "kubernetes_version: \"1.33\"")),
                "qa.yaml", "runtime.kubernetes_version", line("kubernetes_version"), "Kubernetes 1.33 left EKS "
                        + "standard support on 2026-07-29 (extended support costs extra per cluster hour, then AWS "
                        + "upgrades the cluster itself); use one in standard support on 2026-12-01: 1.34 (until "
                        + "2026-12-02), 1.35 (until 2027-03-27)");
    }

    @Test
    void should_refuse_a_version_the_calendar_does_not_know() {
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("kubernetes_version: \"1.35\"",
                "kubernetes_version: \"1.53\""));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.keyPath()).isEqualTo("runtime.kubernetes_version");
            assertThat(p.message()).startsWith("\"1.53\" is not a Kubernetes version of the EKS release calendar read "
                    + "on 2026-12-01 (did you mean \"1.33\"?)").contains("needs its row in KubernetesVersions");
        });
    }

    @Test
    void should_refuse_a_public_endpoint_open_to_the_internet() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("public_access_cidrs: []", "public_access_cidrs: [0.0.0.0/0]")),
                "qa.yaml", "runtime.public_access_cidrs[0]", line("public_access_cidrs"), "0.0.0.0/0 opens the "
                        + "cluster's API to the whole internet; list the CIDRs that need the public endpoint (a VPN's "
                        + "or CI runners' static egress), or none to keep it private");
    }

    @Test
    void should_accept_public_endpoint_cidrs_and_report_a_malformed_one() {
        List<ConfigProblem> problems = problemsOfQa(dir, qaWith("public_access_cidrs: []",
                "public_access_cidrs: [198.51.100.0/24, 203.0.113.7/24]"));

        assertOnlyProblem(problems, "qa.yaml", "runtime.public_access_cidrs[1]", line("public_access_cidrs"),
                "\"203.0.113.7/24\" has host bits set; the network of that block is 203.0.113.0/24");
    }

    @Test
    void should_keep_a_node_in_every_az_in_staging() {
        assertOnlyProblem(problemsOfQa(dir, nodeGroup("min_size: 3", "min_size: 2")), "qa.yaml",
                "runtime.node_groups[0].min_size", line("node_groups") + 1, "a staging node group keeps at least 3 "
                        + "nodes, one in each AZ, so losing an AZ leaves the others running pods (the seed's AZ-gone "
                        + "game day); got min_size 2");
    }

    @Test
    void should_allow_a_single_node_in_development() {
        String text = nodeGroup("min_size: 3, desired_size: 3", "min_size: 1, desired_size: 1")
                .replace("tier: staging", "tier: development");
        write(dir, "qa.yaml", text);

        assertThat(EnvironmentFixtures.load(dir).get("qa").settings(RuntimeLayer.SETTINGS).nodeGroups().get(0)
                .minSize()).isEqualTo(1);
    }

    @Test
    void should_refuse_sizes_out_of_order() {
        assertOnlyProblem(problemsOfQa(dir, nodeGroup("max_size: 9", "max_size: 2")), "qa.yaml",
                "runtime.node_groups[0].min_size", line("node_groups") + 1, "node group sizes must satisfy 0 <= "
                        + "min_size <= desired_size <= max_size and max_size >= 1, got 3 <= 3 <= 2");
    }

    @Test
    void should_refuse_a_node_group_mixing_architectures() {
        assertOnlyProblem(problemsOfQa(dir, nodeGroup("[m6i.large]", "[m6i.large, m7g.large]")), "qa.yaml",
                "runtime.node_groups[0].instance_types", line("node_groups") + 1, "[m6i.large, m7g.large] mixes "
                        + "arm64 (Graviton) and x86_64 instance types; a node group runs one AMI type, so give each "
                        + "architecture its own node group");
    }

    @Test
    void should_suggest_the_key_a_node_group_misspells() {
        List<ConfigProblem> problems = problemsOfQa(dir, nodeGroup("disk_size_gib: 50", "disk_size_gb: 50"));

        assertThat(problems).hasSize(2);
        assertProblem(problems.get(0), "qa.yaml", "runtime.node_groups[0].disk_size_gb", line("node_groups") + 1,
                "unknown key \"disk_size_gb\" (did you mean \"disk_size_gib\"?); valid keys here: name, instance_types, "
                        + "min_size, desired_size, max_size, disk_size_gib");
        assertThat(problems.get(1).message())
                .isEqualTo("missing required key \"disk_size_gib\" under \"runtime.node_groups[0]\"");
    }

    @Test
    void should_refuse_a_kube_proxy_built_for_another_minor_version() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("kube-proxy: v1.35.0-eksbuild.2", "kube-proxy: v1.34.0-eksbuild.5")),
                "qa.yaml", "runtime.addon_versions.kube-proxy", line("kube-proxy"), "kube-proxy v1.34.0-eksbuild.5 is "
                        + "built for Kubernetes 1.34, the cluster runs 1.35; use a v1.35.x-eksbuild.N version");
    }

    @Test
    void should_refuse_an_addon_version_that_is_not_an_eks_build() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("coredns: v1.13.2-eksbuild.1", "coredns: 1.13.2")), "qa.yaml",
                "runtime.addon_versions.coredns", line("coredns"), "\"1.13.2\" is not an EKS add-on version; write it "
                        + "as `aws eks describe-addon-versions --addon-name coredns` lists it, e.g. v1.21.1-eksbuild.3");
    }

    @Test
    void should_suggest_the_access_policy_meant() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("access_policy: AmazonEKSClusterAdminPolicy",
                        "access_policy: AmazonEKSClusterAdminPolcy")), "qa.yaml", "runtime.access_roles[0].access_policy",
                line("access_roles") + 1, "\"AmazonEKSClusterAdminPolcy\" is not an EKS access policy (did you mean "
                        + "\"AmazonEKSClusterAdminPolicy\"?); use one of: AmazonEKSClusterAdminPolicy, "
                        + "AmazonEKSAdminPolicy, AmazonEKSEditPolicy, AmazonEKSViewPolicy");
    }

    @Test
    void should_refuse_a_role_arn_that_is_not_a_role() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("arn:aws:iam::123456789012:role/platform-admins",
                        "arn:aws:iam::123456789012:user/alice")), "qa.yaml", "runtime.access_roles[0].role_arn",
                line("access_roles") + 1, "\"arn:aws:iam::123456789012:user/alice\" is not an IAM role ARN; write "
                        + "arn:aws:iam::ACCOUNT:role/NAME, e.g. arn:aws:iam::123456789012:role/platform-admins");
    }

    @Test
    void should_report_every_problem_of_the_section_at_once() {
        String text = qaWith("kubernetes_version: \"1.35\"", "kubernetes_version: \"1.32\"")
                .replace("public_access_cidrs: []", "public_access_cidrs: [0.0.0.0/0]")
                .replace("control_plane_log_retention_days: 90", "control_plane_log_retention_days: 31")
                .replace("access_policy: AmazonEKSClusterAdminPolicy", "access_policy: admin");

        assertThat(problemsOfQa(dir, text)).extracting(ConfigProblem::keyPath).containsExactly(
                "runtime.kubernetes_version", "runtime.public_access_cidrs[0]",
                "runtime.control_plane_log_retention_days", "runtime.access_roles[0].access_policy");
    }
}
