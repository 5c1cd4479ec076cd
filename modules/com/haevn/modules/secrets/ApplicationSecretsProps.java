package com.haevn.modules.secrets;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of {@link ApplicationSecrets}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param resourcePrefix            prefix of the names of everything but the secrets, e.g. {@code haevn-prod}: the
 *                                  function {@code <prefix>-secret-rotation}, key alias
 *                                  {@code alias/<prefix>-secrets}, security groups
 * @param secretNamePrefix          prefix of every secret's name, ending in {@code /}, e.g. {@code haevn/prod/}
 * @param accountId                 the account (12 digits)
 * @param region                    the secrets' region, e.g. {@code us-east-1}
 * @param vpcId                     the VPC the rotation functions and the endpoint stand in
 * @param privateSubnetIds          its private subnets, one per AZ: functions and endpoint interfaces
 * @param vpcCidr                   the VPC's range: where the database rotation may connect (PostgreSQL's port)
 * @param clientSecurityGroupIds    security groups whose members may call Secrets Manager through the endpoint
 *                                  (the runtime's nodes); default none
 * @param secrets                   the secrets, unique by name; at least one
 * @param replicas                  other regions holding a replica of every secret; default none
 * @param functionSource            the folder of the generated secrets' rotation function ({@code rotate.handler})
 * @param packageDirectory          where the function's deterministic zip is written before cdktf copies it into
 *                                  the stack's assets
 * @param logRetentionDays          days the rotation function's log group keeps events; default
 *                                  {@link #DEFAULT_LOG_RETENTION_DAYS}
 * @param recoveryWindowDays        days a deleted secret can be restored, 7..30; default 30
 * @param databaseRotationVersion   the version of AWS's {@code SecretsManagerRDSPostgreSQLRotationSingleUser}
 *                                  application, e.g. {@code 1.1.671}; required when a secret is a
 *                                  {@link SecretSpec.DatabaseUser}
 * @param databasePort              the port database rotation connects to; default 5432
 */
public record ApplicationSecretsProps(String resourcePrefix, String secretNamePrefix, String accountId, String region,
                                      String vpcId, List<String> privateSubnetIds, String vpcCidr,
                                      List<String> clientSecurityGroupIds, List<SecretSpec> secrets,
                                      List<ReplicaRegion> replicas, Path functionSource, Path packageDirectory,
                                      int logRetentionDays, int recoveryWindowDays, String databaseRotationVersion,
                                      int databasePort) {

    public static final int DEFAULT_LOG_RETENTION_DAYS = 365;
    public static final int DEFAULT_RECOVERY_WINDOW_DAYS = 30;
    public static final int DEFAULT_DATABASE_PORT = 5432;
    /** Lambda's limit is 64 characters; {@code -secret-rotation} and {@code -database-rotation} follow the prefix. */
    static final int MAX_RESOURCE_PREFIX_LENGTH = 40;

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern SECRET_PREFIX = Pattern.compile("([a-z][a-z0-9-]*/)+");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    public ApplicationSecretsProps {
        Objects.requireNonNull(resourcePrefix, "resourcePrefix");
        Objects.requireNonNull(secretNamePrefix, "secretNamePrefix");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(vpcCidr, "vpcCidr");
        Objects.requireNonNull(functionSource, "functionSource");
        Objects.requireNonNull(packageDirectory, "packageDirectory");
        privateSubnetIds = List.copyOf(privateSubnetIds);
        clientSecurityGroupIds = List.copyOf(clientSecurityGroupIds);
        secrets = List.copyOf(secrets);
        replicas = List.copyOf(replicas);
        require(PREFIX.matcher(resourcePrefix).matches() && resourcePrefix.length() <= MAX_RESOURCE_PREFIX_LENGTH,
                "resourcePrefix must be lowercase letters, digits and hyphens, at most " + MAX_RESOURCE_PREFIX_LENGTH
                        + " characters, got " + resourcePrefix);
        require(SECRET_PREFIX.matcher(secretNamePrefix).matches(), "secretNamePrefix must be lowercase path "
                + "segments ending in /, e.g. haevn/prod/, got " + secretNamePrefix);
        require(ACCOUNT.matcher(accountId).matches(), "accountId must be 12 digits, got " + accountId);
        require(REGION.matcher(region).matches(), "region must be an AWS region name such as us-east-1, got " + region);
        require(!privateSubnetIds.isEmpty(), "at least one private subnet is needed");
        require(!secrets.isEmpty(), "at least one secret is needed");
        Set<String> names = new HashSet<>();
        for (SecretSpec secret : secrets) {
            require(names.add(secret.name()), "secret " + secret.name() + " is defined twice");
        }
        Set<String> replicaRegions = new HashSet<>();
        for (ReplicaRegion replica : replicas) {
            require(!replica.region().equals(region), "a replica region must differ from the secrets' region "
                    + region);
            require(replicaRegions.add(replica.region()), "replica region " + replica.region() + " is listed twice");
        }
        require(logRetentionDays >= 1, "logRetentionDays must be at least 1, got " + logRetentionDays);
        require(recoveryWindowDays >= 7 && recoveryWindowDays <= 30, "recoveryWindowDays must be 7..30, got "
                + recoveryWindowDays);
        boolean databaseUsers = secrets.stream().anyMatch(s -> s instanceof SecretSpec.DatabaseUser);
        require(!databaseUsers || (databaseRotationVersion != null
                        && VERSION.matcher(databaseRotationVersion).matches()),
                "database-user secrets need databaseRotationVersion, the version of AWS's PostgreSQL single-user "
                        + "rotation application such as 1.1.671, got " + databaseRotationVersion);
        require(databasePort >= 1 && databasePort <= 65535, "databasePort must be 1..65535, got " + databasePort);
    }

    /** The secret's full name in Secrets Manager: {@code haevn/prod/database/master}. */
    public String secretName(SecretSpec secret) {
        return secretNamePrefix + secret.name();
    }

    public String rotationFunctionName() {
        return resourcePrefix + "-secret-rotation";
    }

    public String databaseRotationFunctionName() {
        return resourcePrefix + "-database-rotation";
    }

    /** The rotation function's log group, where Lambda writes by default. */
    public String rotationLogGroupName() {
        return "/aws/lambda/" + rotationFunctionName();
    }

    public String keyAlias() {
        return "alias/" + resourcePrefix + "-secrets";
    }

    public <T extends SecretSpec> List<T> secretsOfKind(Class<T> kind) {
        return secrets.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link ApplicationSecretsProps}. */
    public static final class Builder {
        private String resourcePrefix;
        private String secretNamePrefix;
        private String accountId;
        private String region;
        private String vpcId;
        private List<String> privateSubnetIds = List.of();
        private String vpcCidr;
        private List<String> clientSecurityGroupIds = List.of();
        private List<SecretSpec> secrets = List.of();
        private List<ReplicaRegion> replicas = List.of();
        private Path functionSource;
        private Path packageDirectory;
        private int logRetentionDays = DEFAULT_LOG_RETENTION_DAYS;
        private int recoveryWindowDays = DEFAULT_RECOVERY_WINDOW_DAYS;
        private String databaseRotationVersion;
        private int databasePort = DEFAULT_DATABASE_PORT;

        private Builder() {
        }

        public Builder resourcePrefix(String resourcePrefix) {
            this.resourcePrefix = resourcePrefix;
            return this;
        }

        public Builder secretNamePrefix(String secretNamePrefix) {
            this.secretNamePrefix = secretNamePrefix;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder vpcId(String vpcId) {
            this.vpcId = vpcId;
            return this;
        }

        public Builder privateSubnetIds(List<String> privateSubnetIds) {
            this.privateSubnetIds = privateSubnetIds;
            return this;
        }

        public Builder vpcCidr(String vpcCidr) {
            this.vpcCidr = vpcCidr;
            return this;
        }

        public Builder clientSecurityGroupIds(List<String> clientSecurityGroupIds) {
            this.clientSecurityGroupIds = clientSecurityGroupIds;
            return this;
        }

        public Builder secrets(List<SecretSpec> secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder replicas(List<ReplicaRegion> replicas) {
            this.replicas = replicas;
            return this;
        }

        public Builder functionSource(Path functionSource) {
            this.functionSource = functionSource;
            return this;
        }

        public Builder packageDirectory(Path packageDirectory) {
            this.packageDirectory = packageDirectory;
            return this;
        }

        public Builder logRetentionDays(int logRetentionDays) {
            this.logRetentionDays = logRetentionDays;
            return this;
        }

        public Builder recoveryWindowDays(int recoveryWindowDays) {
            this.recoveryWindowDays = recoveryWindowDays;
            return this;
        }

        public Builder databaseRotationVersion(String databaseRotationVersion) {
            this.databaseRotationVersion = databaseRotationVersion;
            return this;
        }

        public Builder databasePort(int databasePort) {
            this.databasePort = databasePort;
            return this;
        }

        public ApplicationSecretsProps build() {
            return new ApplicationSecretsProps(resourcePrefix, secretNamePrefix, accountId, region, vpcId,
                    privateSubnetIds, vpcCidr, clientSecurityGroupIds, secrets, replicas, functionSource,
                    packageDirectory, logRetentionDays, recoveryWindowDays, databaseRotationVersion, databasePort);
        }
    }
}
