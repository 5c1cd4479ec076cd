package com.haevn.modules.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of a {@link RedisCluster}. Build with {@link #builder()}; every value without a default is required.
 *
 * @param name                  the replication group's id and the prefix of every other name (user group
 *                              {@code <name>-users}, disabled default user {@code <name>-default}, security group,
 *                              subnet group, key alias, log group), e.g. {@code haevn-prod-use1}: lowercase letters,
 *                              digits and inner hyphens, starting with a letter, at most {@value #MAX_NAME_LENGTH}
 *                              characters
 * @param region                the region, e.g. {@code us-east-1}: it scopes the key policy's log-group statement
 * @param accountId             the account (12 digits)
 * @param vpcId                 the VPC of the cache and its clients
 * @param subnetIds             the private subnets the nodes stand in, one per AZ (the subnet group)
 * @param clientSecurityGroupId the only security group admitted on the Redis port (the cluster nodes')
 * @param engineVersion         the Redis version, 7.0 or newer (IAM authentication needs 7.0); default
 *                              {@value #DEFAULT_ENGINE_VERSION}
 * @param nodeType              the node type, e.g. {@code cache.r7g.large} (a global datastore needs m5/r5 or newer)
 * @param shards                the number of shards (node groups), 1..500; not set on a secondary, which has the
 *                              primary's
 * @param replicasPerShard      replicas of each shard's primary, 1..5: 2 puts a copy in each of 3 AZs; at least 1,
 *                              since automatic failover and Multi-AZ need a replica
 * @param snapshotRetentionDays days each daily snapshot is kept, 0..35 (0: none)
 * @param snapshotWindow        the daily snapshot window in UTC, {@code hh:mm-hh:mm}, e.g. {@code 03:00-04:00}
 * @param slowLogRetentionDays  days the slow-log group keeps events (a CloudWatch Logs retention value)
 * @param users                 the IAM-authenticated users applications connect as; at least one
 * @param globalRole            the part in a global datastore; default {@link GlobalRole#NONE}
 * @param globalDatastoreSuffix the global datastore's name suffix ({@link GlobalRole#PRIMARY} only): AWS prefixes it
 *                              with a code of its own to form the global datastore's id
 * @param globalDatastoreId     the id of the global datastore a {@link GlobalRole#SECONDARY} joins
 */
public record RedisClusterProps(String name, String region, String accountId, String vpcId, List<String> subnetIds,
                                String clientSecurityGroupId, String engineVersion, String nodeType, int shards,
                                int replicasPerShard, int snapshotRetentionDays, String snapshotWindow,
                                int slowLogRetentionDays, List<CacheUser> users, GlobalRole globalRole,
                                String globalDatastoreSuffix, String globalDatastoreId) {

    public static final String DEFAULT_ENGINE_VERSION = "7.1";
    /** Redis's port: the only one the security group opens. */
    public static final int PORT = 6379;
    /** {@code <name>-default} must fit the 40 characters of a user id. */
    public static final int MAX_NAME_LENGTH = 32;
    public static final int MAX_SHARDS = 500;
    public static final int MAX_REPLICAS_PER_SHARD = 5;
    public static final int MAX_SNAPSHOT_RETENTION_DAYS = 35;
    /** The retention values CloudWatch Logs accepts, in days. */
    public static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365,
            400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private static final Pattern NAME = Pattern.compile("[a-z](?:[a-z0-9-]*[a-z0-9])?");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+");
    private static final Pattern WINDOW = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");

    public RedisClusterProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(clientSecurityGroupId, "clientSecurityGroupId");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(snapshotWindow, "snapshotWindow");
        Objects.requireNonNull(globalRole, "globalRole");
        subnetIds = List.copyOf(subnetIds);
        users = List.copyOf(users);
        require(NAME.matcher(name).matches() && name.length() <= MAX_NAME_LENGTH && !name.contains("--"),
                "name must be lowercase letters, digits and single inner hyphens, starting with a letter, at most "
                        + MAX_NAME_LENGTH + " characters, got " + name);
        require(accountId != null && ACCOUNT.matcher(accountId).matches(), "accountId must be 12 digits, got "
                + accountId);
        require(!subnetIds.isEmpty(), "at least one subnet is needed");
        var version = VERSION.matcher(engineVersion);
        require(version.matches() && Integer.parseInt(version.group(1)) >= 7, "engineVersion must be a Redis version "
                + "7.0 or newer written major.minor (IAM authentication needs 7.0), got " + engineVersion);
        require(nodeType.startsWith("cache."), "nodeType must be an ElastiCache node type such as cache.r7g.large, got "
                + nodeType);
        require(shards >= 1 && shards <= MAX_SHARDS, "shards must be 1.." + MAX_SHARDS + ", got " + shards);
        require(replicasPerShard >= 1 && replicasPerShard <= MAX_REPLICAS_PER_SHARD, "replicasPerShard must be 1.."
                + MAX_REPLICAS_PER_SHARD + " (automatic failover and Multi-AZ need a replica), got " + replicasPerShard);
        require(snapshotRetentionDays >= 0 && snapshotRetentionDays <= MAX_SNAPSHOT_RETENTION_DAYS,
                "snapshotRetentionDays must be 0.." + MAX_SNAPSHOT_RETENTION_DAYS + ", got " + snapshotRetentionDays);
        require(WINDOW.matcher(snapshotWindow).matches(), "snapshotWindow must be hh:mm-hh:mm in UTC, got "
                + snapshotWindow);
        require(LOG_RETENTION_DAYS.contains(slowLogRetentionDays), "slowLogRetentionDays must be one of "
                + LOG_RETENTION_DAYS + ", got " + slowLogRetentionDays);
        require(!users.isEmpty(), "at least one cache user is needed");
        Set<String> names = new HashSet<>();
        users.forEach(user -> require(names.add(user.name()), "cache user " + user.name() + " is defined twice"));
        require((globalRole == GlobalRole.PRIMARY) == (globalDatastoreSuffix != null),
                "globalDatastoreSuffix is set exactly for a PRIMARY, got " + globalDatastoreSuffix + " for " + globalRole);
        require((globalRole == GlobalRole.SECONDARY) == (globalDatastoreId != null),
                "globalDatastoreId is set exactly for a SECONDARY, got " + globalDatastoreId + " for " + globalRole);
    }

    public String userGroupId() {
        return name + "-users";
    }

    public String defaultUserId() {
        return name + "-default";
    }

    public String slowLogGroupName() {
        return "/aws/elasticache/" + name + "/slow-log";
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link RedisClusterProps}. */
    public static final class Builder {
        private String name;
        private String region;
        private String accountId;
        private String vpcId;
        private List<String> subnetIds = List.of();
        private String clientSecurityGroupId;
        private String engineVersion = DEFAULT_ENGINE_VERSION;
        private String nodeType;
        private int shards;
        private int replicasPerShard;
        private int snapshotRetentionDays;
        private String snapshotWindow;
        private int slowLogRetentionDays;
        private List<CacheUser> users = List.of();
        private GlobalRole globalRole = GlobalRole.NONE;
        private String globalDatastoreSuffix;
        private String globalDatastoreId;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
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

        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder subnetIds(List<String> subnetIds) {
            this.subnetIds = subnetIds;
            return this;
        }

        public Builder clientSecurityGroupId(String clientSecurityGroupId) {
            this.clientSecurityGroupId = clientSecurityGroupId;
            return this;
        }

        public Builder engineVersion(String engineVersion) {
            this.engineVersion = engineVersion;
            return this;
        }

        public Builder nodeType(String nodeType) {
            this.nodeType = nodeType;
            return this;
        }

        public Builder shards(int shards) {
            this.shards = shards;
            return this;
        }

        public Builder replicasPerShard(int replicasPerShard) {
            this.replicasPerShard = replicasPerShard;
            return this;
        }

        public Builder snapshotRetentionDays(int snapshotRetentionDays) {
            this.snapshotRetentionDays = snapshotRetentionDays;
            return this;
        }

        public Builder snapshotWindow(String snapshotWindow) {
            this.snapshotWindow = snapshotWindow;
            return this;
        }

        public Builder slowLogRetentionDays(int slowLogRetentionDays) {
            this.slowLogRetentionDays = slowLogRetentionDays;
            return this;
        }

        public Builder users(List<CacheUser> users) {
            this.users = users;
            return this;
        }

        /** Makes the group the primary of a new global datastore named by {@code suffix}. */
        public Builder primaryOfGlobalDatastore(String suffix) {
            this.globalRole = GlobalRole.PRIMARY;
            this.globalDatastoreSuffix = suffix;
            this.globalDatastoreId = null;
            return this;
        }

        /** Makes the group a secondary joining the global datastore {@code id}. */
        public Builder secondaryOfGlobalDatastore(String id) {
            this.globalRole = GlobalRole.SECONDARY;
            this.globalDatastoreId = id;
            this.globalDatastoreSuffix = null;
            return this;
        }

        public RedisClusterProps build() {
            return new RedisClusterProps(name, region, accountId, vpcId, subnetIds, clientSecurityGroupId,
                    engineVersion, nodeType, shards, replicasPerShard, snapshotRetentionDays, snapshotWindow,
                    slowLogRetentionDays, users, globalRole, globalDatastoreSuffix, globalDatastoreId);
        }
    }
}
