package com.haevn.modules.runtime;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings of a {@link KubernetesRuntime}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param clusterName           the cluster's name, e.g. {@code haevn-prod-use1}; prefixes its roles, groups and keys
 * @param region                the region the cluster runs in, for the key policies' service principals
 * @param accountId             the account the cluster runs in
 * @param kubernetesVersion     the control plane's minor version, e.g. {@code 1.35}
 * @param vpcId                 the VPC of the subnets
 * @param subnetIds             private subnets, one per availability zone: control-plane interfaces and nodes
 * @param publicAccessCidrs     CIDRs that may reach the public API endpoint; empty (the default) turns the public
 *                              endpoint off; never {@code 0.0.0.0/0}
 * @param logRetentionDays      how long control-plane logs are kept, in days; default {@value #DEFAULT_LOG_RETENTION_DAYS}
 * @param nodeGroups            the managed node groups, at least one
 * @param addonVersions         the pinned core add-on versions
 * @param accessRoles           IAM roles given access through access entries; default none (the creator stays admin)
 * @param alarmTopicArn         the SNS topic every alarm notifies
 * @param externalSecretsPrefix the Secrets Manager name prefix External Secrets may read, e.g. {@code haevn/prod/}
 * @param instanceTags          tags for the instances, volumes and network interfaces the node groups launch
 *                              (provider default tags do not reach them); default none
 */
public record RuntimeProps(String clusterName, String region, String accountId, String kubernetesVersion,
                           String vpcId, List<String> subnetIds, List<String> publicAccessCidrs,
                           int logRetentionDays, List<NodeGroupSpec> nodeGroups, AddonVersions addonVersions,
                           List<AccessRole> accessRoles, String alarmTopicArn, String externalSecretsPrefix,
                           Map<String, String> instanceTags) {

    /** Three months: enough to trace a change found at the next quarterly review. */
    public static final int DEFAULT_LOG_RETENTION_DAYS = 90;
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern VERSION = Pattern.compile("1\\.\\d{2}");
    /** EKS cluster names: letters, digits, hyphens and underscores, starting alphanumeric, at most 100. */
    private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    /** The longest cluster name whose role names ({@code <cluster>-lb-controller}) fit IAM's 64 characters. */
    public static final int MAXIMUM_CLUSTER_NAME = 40;

    public RuntimeProps {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(addonVersions, "addonVersions");
        Objects.requireNonNull(alarmTopicArn, "alarmTopicArn");
        Objects.requireNonNull(externalSecretsPrefix, "externalSecretsPrefix");
        if (clusterName == null || !CLUSTER_NAME.matcher(clusterName).matches()
                || clusterName.length() > MAXIMUM_CLUSTER_NAME) {
            throw new IllegalArgumentException("clusterName must be letters, digits, hyphens and underscores, at most "
                    + MAXIMUM_CLUSTER_NAME + " characters, got " + clusterName);
        }
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        if (kubernetesVersion == null || !VERSION.matcher(kubernetesVersion).matches()) {
            throw new IllegalArgumentException("kubernetesVersion is a minor version such as 1.35, got "
                    + kubernetesVersion);
        }
        subnetIds = List.copyOf(subnetIds);
        if (subnetIds.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs its subnets (one per availability zone)");
        }
        publicAccessCidrs = List.copyOf(publicAccessCidrs);
        for (String cidr : publicAccessCidrs) {
            if (cidr.endsWith("/0")) {
                throw new IllegalArgumentException("the public API endpoint is never open to the internet ("
                        + cidr + "); list the CIDRs that need it, or none to keep it private");
            }
        }
        if (logRetentionDays < 1) {
            throw new IllegalArgumentException("logRetentionDays must be at least 1, got " + logRetentionDays);
        }
        nodeGroups = List.copyOf(nodeGroups);
        if (nodeGroups.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs at least one node group");
        }
        if (nodeGroups.stream().map(NodeGroupSpec::name).distinct().count() != nodeGroups.size()) {
            throw new IllegalArgumentException("node group names must be unique, got " + nodeGroups);
        }
        accessRoles = List.copyOf(accessRoles);
        if (accessRoles.stream().map(AccessRole::roleArn).distinct().count() != accessRoles.size()) {
            throw new IllegalArgumentException("a role can have one access entry only, got " + accessRoles);
        }
        instanceTags = new TreeMap<>(instanceTags);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RuntimeProps}. */
    public static final class Builder {
        private String clusterName;
        private String region;
        private String accountId;
        private String kubernetesVersion;
        private String vpcId;
        private List<String> subnetIds = List.of();
        private List<String> publicAccessCidrs = List.of();
        private int logRetentionDays = DEFAULT_LOG_RETENTION_DAYS;
        private List<NodeGroupSpec> nodeGroups = List.of();
        private AddonVersions addonVersions;
        private List<AccessRole> accessRoles = List.of();
        private String alarmTopicArn;
        private String externalSecretsPrefix;
        private Map<String, String> instanceTags = Map.of();

        private Builder() {
        }

        public Builder clusterName(String clusterName) {
            this.clusterName = clusterName;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder kubernetesVersion(String kubernetesVersion) {
            this.kubernetesVersion = kubernetesVersion;
            return this;
        }

        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder subnetIds(List<String> subnetIds) {
            this.subnetIds = subnetIds;
            return this;
        }

        public Builder publicAccessCidrs(List<String> publicAccessCidrs) {
            this.publicAccessCidrs = publicAccessCidrs;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public Builder nodeGroups(List<NodeGroupSpec> nodeGroups) {
            this.nodeGroups = nodeGroups;
            return this;
        }

        public Builder addonVersions(AddonVersions addonVersions) {
            this.addonVersions = addonVersions;
            return this;
        }

        public Builder accessRoles(List<AccessRole> accessRoles) {
            this.accessRoles = accessRoles;
            return this;
        }

        public Builder alarmTopicArn(String alarmTopicArn) {
            this.alarmTopicArn = alarmTopicArn;
            return this;
        }

        public Builder externalSecretsPrefix(String externalSecretsPrefix) {
            this.externalSecretsPrefix = externalSecretsPrefix;
            return this;
        }

        public Builder instanceTags(Map<String, String> instanceTags) {
            this.instanceTags = instanceTags;
            return this;
        }

        public RuntimeProps build() {
            return new RuntimeProps(clusterName, region, accountId, kubernetesVersion, vpcId, subnetIds,
                    publicAccessCidrs, logRetentionDays, nodeGroups, addonVersions, accessRoles, alarmTopicArn,
                    externalSecretsPrefix, instanceTags);
        }
    }
}
