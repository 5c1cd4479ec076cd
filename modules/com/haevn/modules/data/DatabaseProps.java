package com.haevn.modules.data;

import com.hashicorp.cdktf.Token;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link Database}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param name                             the identifier of the cluster or instance and the prefix of every other
 *                                         name, e.g. {@code haevn-prod-use1-core} (lowercase letters, digits and
 *                                         hyphens, at most {@value #MAX_NAME_LENGTH} characters)
 * @param accountId                        the account the key belongs to (12 digits)
 * @param engine                           Aurora Serverless v2 or RDS Multi-AZ, with that engine's sizes
 * @param postgresVersion                  the PostgreSQL version, major.minor, e.g. {@code 16.6}: it also names
 *                                         the parameter group family ({@code aurora-postgresql16},
 *                                         {@code postgres16})
 * @param vpcId                            the VPC of the security group
 * @param subnetIds                        the private subnets of the DB subnet group (at least two AZs)
 * @param availabilityZones                the AZs of those subnets, in order: Aurora's writer goes to the first,
 *                                         readers round the list
 * @param clientSecurityGroupId            the only security group admitted, on {@code port}
 * @param port                             the PostgreSQL port; default {@value #DEFAULT_PORT}
 * @param globalRole                       the part in an Aurora global database; default {@link GlobalRole#NONE}
 * @param globalClusterIdentifier          {@link GlobalRole#PRIMARY}: the name of the global database to create;
 *                                         {@link GlobalRole#SECONDARY}: the id of the one to join; otherwise unset
 * @param masterPassword                   a reference to the initial master password (a sensitive variable, never
 *                                         a literal), sent write-only ({@code master_password_wo}) so that
 *                                         state never holds it; unset: RDS manages the password in Secrets Manager
 *                                         under the database's key (not possible in a global database, whose
 *                                         primary must have one and whose secondary must not)
 * @param masterPasswordVersion            bumping it sends {@code masterPassword} again; default 1 (sent once, at
 *                                         creation)
 * @param databaseName                     the database created with the cluster; default {@value #DEFAULT_DATABASE}
 * @param masterUsername                   default {@value #DEFAULT_MASTER_USERNAME}
 * @param backupRetentionDays              automated backups (the nightly snapshots) are kept this many days;
 *                                         default {@value #DEFAULT_BACKUP_RETENTION_DAYS} (the RDS maximum)
 * @param preferredBackupWindow            UTC, {@code hh:mm-hh:mm}, at least 30 minutes; default
 *                                         {@value #DEFAULT_BACKUP_WINDOW}
 * @param preferredMaintenanceWindow       UTC, {@code ddd:hh:mm-ddd:hh:mm}, not overlapping the backup window;
 *                                         default {@value #DEFAULT_MAINTENANCE_WINDOW}
 * @param slowStatementMilliseconds        statements running longer are logged ({@code log_min_duration_statement})
 * @param monitoringIntervalSeconds        enhanced monitoring granularity (1, 5, 10, 15, 30 or 60); default
 *                                         {@value #DEFAULT_MONITORING_INTERVAL_SECONDS}
 * @param performanceInsightsRetentionDays 7 (free tier) or a multiple of 31 up to 731; default
 *                                         {@value #DEFAULT_PERFORMANCE_INSIGHTS_RETENTION_DAYS}
 */
public record DatabaseProps(String name, String accountId, DatabaseEngine engine, String postgresVersion,
                            String vpcId, List<String> subnetIds, List<String> availabilityZones,
                            String clientSecurityGroupId, int port, GlobalRole globalRole,
                            String globalClusterIdentifier, String masterPassword, int masterPasswordVersion,
                            String databaseName, String masterUsername, int backupRetentionDays,
                            String preferredBackupWindow, String preferredMaintenanceWindow,
                            int slowStatementMilliseconds, int monitoringIntervalSeconds,
                            int performanceInsightsRetentionDays) {

    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_DATABASE = "haevn";
    public static final String DEFAULT_MASTER_USERNAME = "haevn_admin";
    /** The seed's nightly snapshots are kept 35 days, which is also the most RDS keeps automated backups. */
    public static final int DEFAULT_BACKUP_RETENTION_DAYS = 35;
    public static final String DEFAULT_BACKUP_WINDOW = "03:00-04:00";
    public static final String DEFAULT_MAINTENANCE_WINDOW = "sun:05:00-sun:06:00";
    public static final int DEFAULT_MONITORING_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_PERFORMANCE_INSIGHTS_RETENTION_DAYS = 7;
    /** RDS cluster identifiers have at most 63 characters; the longest suffix added is {@code -final} plus digits. */
    public static final int MAX_NAME_LENGTH = 48;
    public static final Pattern BACKUP_WINDOW = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
    public static final Pattern POSTGRES_VERSION = Pattern.compile("(\\d{2})\\.\\d+");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*[a-z0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final List<Integer> MONITORING_INTERVALS = List.of(1, 5, 10, 15, 30, 60);

    public DatabaseProps {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(globalRole, "globalRole");
        subnetIds = List.copyOf(subnetIds);
        availabilityZones = List.copyOf(availabilityZones);
        require(name != null && NAME.matcher(name).matches() && name.length() <= MAX_NAME_LENGTH && !name.contains("--"),
                "name must be lowercase letters, digits and single hyphens, at most " + MAX_NAME_LENGTH
                        + " characters, got " + name);
        require(accountId != null && ACCOUNT.matcher(accountId).matches(), "accountId must be 12 digits, got " + accountId);
        require(postgresVersion != null && POSTGRES_VERSION.matcher(postgresVersion).matches(),
                "postgresVersion must be major.minor, e.g. 16.6, got " + postgresVersion);
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(clientSecurityGroupId, "clientSecurityGroupId");
        require(!availabilityZones.isEmpty(), "at least one availability zone is needed");
        require(port >= 1150 && port <= 65535, "port must be 1150..65535 (RDS's range), got " + port);
        require(backupRetentionDays >= 1 && backupRetentionDays <= 35, "backupRetentionDays must be 1..35, got "
                + backupRetentionDays);
        require(preferredBackupWindow != null && BACKUP_WINDOW.matcher(preferredBackupWindow).matches(),
                "preferredBackupWindow must be hh:mm-hh:mm (UTC), got " + preferredBackupWindow);
        Objects.requireNonNull(preferredMaintenanceWindow, "preferredMaintenanceWindow");
        require(slowStatementMilliseconds >= 0, "slowStatementMilliseconds must be 0 or more, got "
                + slowStatementMilliseconds);
        require(MONITORING_INTERVALS.contains(monitoringIntervalSeconds), "monitoringIntervalSeconds must be one of "
                + MONITORING_INTERVALS + ", got " + monitoringIntervalSeconds);
        require(performanceInsightsRetentionDays == 7 || (performanceInsightsRetentionDays % 31 == 0
                        && performanceInsightsRetentionDays >= 31 && performanceInsightsRetentionDays <= 731),
                "performanceInsightsRetentionDays must be 7 or a multiple of 31 up to 731, got "
                        + performanceInsightsRetentionDays);
        require(masterPasswordVersion >= 1, "masterPasswordVersion must be 1 or more, got " + masterPasswordVersion);
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(masterUsername, "masterUsername");
        checkGlobalRole(engine, globalRole, globalClusterIdentifier, masterPassword);
    }

    private static void checkGlobalRole(DatabaseEngine engine, GlobalRole role, String globalClusterIdentifier,
                                        String masterPassword) {
        require(role == GlobalRole.NONE || engine instanceof AuroraServerlessV2,
                "only Aurora joins a global database; an RDS Multi-AZ instance has globalRole NONE, got " + role);
        require((role == GlobalRole.NONE) == (globalClusterIdentifier == null),
                "globalClusterIdentifier is set exactly when globalRole is PRIMARY or SECONDARY (globalRole " + role + ")");
        require(role != GlobalRole.PRIMARY || masterPassword != null, "the primary of a global database needs a "
                + "masterPassword: AWS does not manage master passwords of clusters in a global database");
        require(role != GlobalRole.SECONDARY || masterPassword == null, "a global database's secondary has no "
                + "credentials of its own (they replicate from the primary); leave masterPassword unset");
        require(masterPassword == null || Token.isUnresolved(masterPassword), "masterPassword must be a reference "
                + "to a sensitive variable, never a literal value");
    }

    /** The parameter group family: {@code aurora-postgresql16} or {@code postgres16}. */
    public String parameterGroupFamily() {
        return (engine instanceof AuroraServerlessV2 ? "aurora-postgresql" : "postgres") + majorVersion();
    }

    public String majorVersion() {
        return postgresVersion.substring(0, postgresVersion.indexOf('.'));
    }

    /** True when RDS manages the master password in Secrets Manager (no password given). */
    public boolean rdsManagedPassword() {
        return masterPassword == null && globalRole == GlobalRole.NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Builds {@link DatabaseProps}. */
    public static final class Builder {
        private String name;
        private String accountId;
        private DatabaseEngine engine;
        private String postgresVersion;
        private String vpcId;
        private List<String> subnetIds = List.of();
        private List<String> availabilityZones = List.of();
        private String clientSecurityGroupId;
        private int port = DEFAULT_PORT;
        private GlobalRole globalRole = GlobalRole.NONE;
        private String globalClusterIdentifier;
        private String masterPassword;
        private int masterPasswordVersion = 1;
        private String databaseName = DEFAULT_DATABASE;
        private String masterUsername = DEFAULT_MASTER_USERNAME;
        private int backupRetentionDays = DEFAULT_BACKUP_RETENTION_DAYS;
        private String preferredBackupWindow = DEFAULT_BACKUP_WINDOW;
        private String preferredMaintenanceWindow = DEFAULT_MAINTENANCE_WINDOW;
        private int slowStatementMilliseconds;
        private int monitoringIntervalSeconds = DEFAULT_MONITORING_INTERVAL_SECONDS;
        private int performanceInsightsRetentionDays = DEFAULT_PERFORMANCE_INSIGHTS_RETENTION_DAYS;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder engine(DatabaseEngine engine) {
            this.engine = engine;
            return this;
        }

        public Builder postgresVersion(String postgresVersion) {
            this.postgresVersion = postgresVersion;
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

        public Builder availabilityZones(List<String> availabilityZones) {
            this.availabilityZones = availabilityZones;
            return this;
        }

        public Builder clientSecurityGroupId(String clientSecurityGroupId) {
            this.clientSecurityGroupId = clientSecurityGroupId;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Joins or creates a global database: see {@link DatabaseProps#globalClusterIdentifier()}. */
        public Builder global(GlobalRole globalRole, String globalClusterIdentifier) {
            this.globalRole = globalRole;
            this.globalClusterIdentifier = globalClusterIdentifier;
            return this;
        }

        public Builder masterPassword(String masterPassword) {
            this.masterPassword = masterPassword;
            return this;
        }

        public Builder masterPasswordVersion(int masterPasswordVersion) {
            this.masterPasswordVersion = masterPasswordVersion;
            return this;
        }

        public Builder databaseName(String databaseName) {
            this.databaseName = databaseName;
            return this;
        }

        public Builder masterUsername(String masterUsername) {
            this.masterUsername = masterUsername;
            return this;
        }

        public Builder backupRetentionDays(int backupRetentionDays) {
            this.backupRetentionDays = backupRetentionDays;
            return this;
        }

        public Builder preferredBackupWindow(String preferredBackupWindow) {
            this.preferredBackupWindow = preferredBackupWindow;
            return this;
        }

        public Builder preferredMaintenanceWindow(String preferredMaintenanceWindow) {
            this.preferredMaintenanceWindow = preferredMaintenanceWindow;
            return this;
        }

        public Builder slowStatementMilliseconds(int slowStatementMilliseconds) {
            this.slowStatementMilliseconds = slowStatementMilliseconds;
            return this;
        }

        public Builder monitoringIntervalSeconds(int monitoringIntervalSeconds) {
            this.monitoringIntervalSeconds = monitoringIntervalSeconds;
            return this;
        }

        public Builder performanceInsightsRetentionDays(int performanceInsightsRetentionDays) {
            this.performanceInsightsRetentionDays = performanceInsightsRetentionDays;
            return this;
        }

        public DatabaseProps build() {
            return new DatabaseProps(name, accountId, engine, postgresVersion, vpcId, subnetIds, availabilityZones,
                    clientSecurityGroupId, port, globalRole, globalClusterIdentifier, masterPassword,
                    masterPasswordVersion, databaseName, masterUsername, backupRetentionDays, preferredBackupWindow,
                    preferredMaintenanceWindow, slowStatementMilliseconds, monitoringIntervalSeconds,
                    performanceInsightsRetentionDays);
        }
    }
}
