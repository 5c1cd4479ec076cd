package com.haevn.modules.data;

import com.haevn.modules.runtime.EncryptionKey;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import software.constructs.Construct;

import java.util.List;

/**
 * A plain RDS PostgreSQL instance with a synchronous Multi-AZ standby and the same guardrails as the Aurora cluster:
 * gp3 storage encrypted under the database's key (autoscaling to its ceiling), deletion protection, automated
 * backups with tags copied to snapshots, IAM database authentication, Performance Insights under the key, enhanced
 * monitoring, PostgreSQL and upgrade logs exported, the TLS-only parameter group, private subnets only.
 */
public class MultiAzInstance extends Construct {

    public static final String ENGINE = "postgres";
    public static final List<String> LOG_EXPORTS = List.of("postgresql", "upgrade");
    static final String WRITE_ONLY_REASON = "password_wo and password_wo_version are not in the 5.23.1 provider "
            + "bindings; the pinned AWS provider 5.100.0 has them (write-only: the password is kept in neither plan "
            + "nor state), and the offline plan checks them";

    private final DbInstance instance;

    public MultiAzInstance(Construct scope, String id, DatabaseProps props, RdsMultiAz sizes, EncryptionKey keys,
                           DatabaseNetwork network, MonitoringRole monitoring) {
        super(scope, id);
        DbInstance.Builder builder = DbInstance.Builder.create(this, "instance")
                .identifier(props.name())
                .engine(ENGINE)
                .engineVersion(props.postgresVersion())
                .instanceClass(sizes.instanceClass())
                .multiAz(true)
                .storageType("gp3")
                .allocatedStorage(sizes.allocatedStorageGib())
                .maxAllocatedStorage(sizes.maxAllocatedStorageGib())
                .storageEncrypted(true)
                .kmsKeyId(keys.arn())
                .port(props.port())
                .dbSubnetGroupName(network.subnetGroup().getName())
                .vpcSecurityGroupIds(List.of(network.securityGroup().getId()))
                .publiclyAccessible(false)
                .parameterGroupName(DatabaseParameters.instance(this, "parameters", props).getName())
                .dbName(props.databaseName())
                .username(props.masterUsername())
                .deletionProtection(true)
                .backupRetentionPeriod(props.backupRetentionDays())
                .backupWindow(props.preferredBackupWindow())
                .maintenanceWindow(props.preferredMaintenanceWindow())
                .copyTagsToSnapshot(true)
                .skipFinalSnapshot(false)
                .finalSnapshotIdentifier(props.name() + "-final")
                .iamDatabaseAuthenticationEnabled(true)
                .enabledCloudwatchLogsExports(LOG_EXPORTS)
                .autoMinorVersionUpgrade(true)
                .performanceInsightsEnabled(true)
                .performanceInsightsKmsKeyId(keys.arn())
                .performanceInsightsRetentionPeriod(props.performanceInsightsRetentionDays())
                .monitoringInterval(props.monitoringIntervalSeconds())
                .monitoringRoleArn(monitoring.role().getArn());
        if (props.rdsManagedPassword()) {
            builder.manageMasterUserPassword(true).masterUserSecretKmsKeyId(keys.arn());
        }
        instance = builder.build();
        if (props.masterPassword() != null) {
            instance.addOverride("password_wo", props.masterPassword());
            instance.addOverride("password_wo_version", props.masterPasswordVersion());
            Suppressions.suppress(instance, "HVN-TF-103", WRITE_ONLY_REASON);
        }
    }

    public DbInstance instance() {
        return instance;
    }
}
