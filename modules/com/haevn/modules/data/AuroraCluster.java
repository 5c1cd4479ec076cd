package com.haevn.modules.data;

import com.haevn.modules.runtime.EncryptionKey;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.rds_cluster.RdsCluster;
import com.hashicorp.cdktf.providers.aws.rds_cluster.RdsClusterServerlessv2ScalingConfiguration;
import com.hashicorp.cdktf.providers.aws.rds_cluster_instance.RdsClusterInstance;
import com.hashicorp.cdktf.providers.aws.rds_global_cluster.RdsGlobalCluster;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Aurora PostgreSQL Serverless v2 cluster: encrypted storage under the database's key, deletion protection,
 * automated backups with tags copied to snapshots, IAM database authentication, PostgreSQL logs exported to
 * CloudWatch Logs, the TLS-only parameter group, and a writer plus readers in successive AZs, each with Performance
 * Insights (under the same key) and enhanced monitoring. As the primary of a global database it creates the
 * {@code aws_rds_global_cluster}; as a secondary it joins one with write forwarding and without credentials.
 *
 * <p>The initial master password of a primary goes write-only ({@code master_password_wo}, provider 5.87 and later,
 * Terraform 1.11 and later): it is sent to AWS and kept in neither the plan nor the state. The 5.23.1 bindings do not
 * have the argument; it is written through an override, which the pinned provider checks in the offline plan.
 */
public class AuroraCluster extends Construct {

    public static final String ENGINE = "aurora-postgresql";
    public static final String INSTANCE_CLASS = "db.serverless";
    /** The PostgreSQL log, where slow statements and connection errors go. */
    public static final List<String> LOG_EXPORTS = List.of("postgresql");
    static final String WRITE_ONLY_REASON = "master_password_wo and master_password_wo_version are not in the "
            + "5.23.1 provider bindings; the pinned AWS provider 5.100.0 has them (write-only: the password is kept "
            + "in neither plan nor state), and the offline plan checks them";

    private final RdsCluster cluster;
    private final Optional<RdsGlobalCluster> globalCluster;
    private final List<RdsClusterInstance> instances = new ArrayList<>();

    public AuroraCluster(Construct scope, String id, DatabaseProps props, AuroraServerlessV2 sizes, EncryptionKey keys,
                         DatabaseNetwork network, MonitoringRole monitoring) {
        super(scope, id);
        globalCluster = props.globalRole() == GlobalRole.PRIMARY
                ? Optional.of(RdsGlobalCluster.Builder.create(this, "global")
                        .globalClusterIdentifier(props.globalClusterIdentifier())
                        .engine(ENGINE)
                        .engineVersion(props.postgresVersion())
                        .storageEncrypted(true)
                        .deletionProtection(true)
                        .build())
                : Optional.empty();
        RdsCluster.Builder builder = RdsCluster.Builder.create(this, "cluster")
                .clusterIdentifier(props.name())
                .engine(ENGINE)
                .engineMode("provisioned")
                .engineVersion(props.postgresVersion())
                .serverlessv2ScalingConfiguration(RdsClusterServerlessv2ScalingConfiguration.builder()
                        .minCapacity(sizes.minCapacityAcu().doubleValue())
                        .maxCapacity(sizes.maxCapacityAcu().doubleValue())
                        .build())
                .port(props.port())
                .dbSubnetGroupName(network.subnetGroup().getName())
                .vpcSecurityGroupIds(List.of(network.securityGroup().getId()))
                .dbClusterParameterGroupName(DatabaseParameters.cluster(this, "parameters", props).getName())
                .storageEncrypted(true)
                .kmsKeyId(keys.arn())
                .deletionProtection(true)
                .backupRetentionPeriod(props.backupRetentionDays())
                .preferredBackupWindow(props.preferredBackupWindow())
                .preferredMaintenanceWindow(props.preferredMaintenanceWindow())
                .copyTagsToSnapshot(true)
                .skipFinalSnapshot(false)
                .finalSnapshotIdentifier(props.name() + "-final")
                .iamDatabaseAuthenticationEnabled(true)
                .enabledCloudwatchLogsExports(LOG_EXPORTS);
        if (props.globalRole() != GlobalRole.NONE) {
            builder.globalClusterIdentifier(props.globalRole() == GlobalRole.PRIMARY
                            ? globalCluster.orElseThrow().getId() : props.globalClusterIdentifier())
                    // a secondary forwards writes; on the writer it takes effect when a switchover demotes it
                    .enableGlobalWriteForwarding(true)
                    // the global database sets it on every secondary (the provider documents ignoring it), and on
                    // the first writer once a switchover demotes it
                    .lifecycle(TerraformResourceLifecycle.builder()
                            .ignoreChanges(List.of("replication_source_identifier")).build());
        }
        if (props.globalRole() != GlobalRole.SECONDARY) {
            builder.databaseName(props.databaseName()).masterUsername(props.masterUsername());
        }
        if (props.rdsManagedPassword()) {
            builder.manageMasterUserPassword(true).masterUserSecretKmsKeyId(keys.arn());
        }
        cluster = builder.build();
        if (props.masterPassword() != null) {
            cluster.addOverride("master_password_wo", props.masterPassword());
            cluster.addOverride("master_password_wo_version", props.masterPasswordVersion());
            Suppressions.suppress(cluster, "HVN-TF-103", WRITE_ONLY_REASON);
        }
        List<String> zones = props.availabilityZones();
        for (int i = 0; i <= sizes.readers(); i++) {
            instances.add(RdsClusterInstance.Builder.create(this, "instance-" + (i + 1))
                    .identifier(props.name() + "-" + (i + 1))
                    .clusterIdentifier(cluster.getId())
                    .engine(ENGINE)
                    .engineVersion(cluster.getEngineVersion())
                    .instanceClass(INSTANCE_CLASS)
                    .availabilityZone(zones.get(i % zones.size()))
                    .promotionTier(i == 0 ? 0 : 1)
                    .publiclyAccessible(false)
                    .autoMinorVersionUpgrade(true)
                    .copyTagsToSnapshot(true)
                    .performanceInsightsEnabled(true)
                    .performanceInsightsKmsKeyId(keys.arn())
                    .performanceInsightsRetentionPeriod(props.performanceInsightsRetentionDays())
                    .monitoringInterval(props.monitoringIntervalSeconds())
                    .monitoringRoleArn(monitoring.role().getArn())
                    .build());
        }
    }

    public RdsCluster cluster() {
        return cluster;
    }

    /** The global database, when this is its primary. */
    public Optional<RdsGlobalCluster> globalCluster() {
        return globalCluster;
    }

    /** The writer first, then the readers, in AZ order. */
    public List<RdsClusterInstance> instances() {
        return List.copyOf(instances);
    }
}
