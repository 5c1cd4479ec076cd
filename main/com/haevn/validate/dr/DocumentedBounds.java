package com.haevn.validate.dr;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What AWS documents about each replication mechanism the platform uses. Sources, as of the AWS provider 5.x era:
 * <ul>
 *   <li>Aurora Global Database: Amazon Aurora features page and the Aurora User Guide, "Using Amazon Aurora global
 *       databases": storage-based replication with typical lag under 1 second, "RPO of 1 second and RTO of less
 *       than 1 minute" as typical figures, no SLA on lag. Aurora PostgreSQL's managed RPO
 *       ({@code rds.global_db_rpo}) can enforce a bound, but its minimum is 20 seconds.</li>
 *   <li>RDS cross-Region read replica: RDS User Guide, "Working with read replicas": asynchronous, lag reported by
 *       the ReplicaLag metric, no typical figure and no bound documented.</li>
 *   <li>S3 Replication Time Control: S3 User Guide, "Meeting compliance requirements with S3 Replication Time
 *       Control": replicates 99.99% of new objects within 15 minutes, backed by an SLA.</li>
 *   <li>S3 Cross-Region Replication without RTC: S3 User Guide, "Replicating objects": most objects replicate within
 *       15 minutes, some can take hours; no bound.</li>
 *   <li>ElastiCache Global Datastore: ElastiCache for Redis User Guide, "Replication across AWS Regions using global
 *       datastores": asynchronous, cross-Region replication latency typically under 1 second, no SLA; failover is a
 *       promotion of a secondary cluster, with no documented bound.</li>
 * </ul>
 */
public final class DocumentedBounds {

    public static final ReplicationMechanism AURORA_GLOBAL_DATABASE = new ReplicationMechanism(
            "Aurora Global Database (aws_rds_global_cluster)", Optional.empty(), Optional.of(Duration.ofSeconds(1)),
            Optional.of(Duration.ofMinutes(1)),
            "AWS documents typical replication lag under 1 s and recovery in under 1 min, but no guaranteed bound; "
                    + "Aurora PostgreSQL managed RPO (rds.global_db_rpo) enforces at least 20 s");

    public static final ReplicationMechanism RDS_CROSS_REGION_REPLICA = new ReplicationMechanism(
            "RDS cross-Region read replica (aws_db_instance replicate_source_db)", Optional.empty(), Optional.empty(),
            Optional.empty(),
            "asynchronous; AWS documents neither a typical lag nor a bound (watch ReplicaLag)");

    public static final ReplicationMechanism S3_REPLICATION_TIME_CONTROL = new ReplicationMechanism(
            "S3 Replication Time Control (aws_s3_bucket_replication_configuration replication_time Enabled)",
            Optional.of(Duration.ofMinutes(15)), Optional.empty(), Optional.empty(),
            "SLA: 99.99% of new objects replicated within 15 minutes");

    public static final ReplicationMechanism S3_CROSS_REGION_REPLICATION = new ReplicationMechanism(
            "S3 Cross-Region Replication without RTC (aws_s3_bucket_replication_configuration)", Optional.empty(),
            Optional.of(Duration.ofMinutes(15)), Optional.empty(),
            "most objects replicate within 15 minutes, some can take hours; no bound");

    public static final ReplicationMechanism ELASTICACHE_GLOBAL_DATASTORE = new ReplicationMechanism(
            "ElastiCache Global Datastore (aws_elasticache_global_replication_group)", Optional.empty(),
            Optional.of(Duration.ofSeconds(1)), Optional.empty(),
            "asynchronous, typically under 1 s of lag, no guaranteed bound; failover is a manual promotion "
                    + "with no documented bound");

    public static final List<ReplicationMechanism> ALL = List.of(AURORA_GLOBAL_DATABASE, RDS_CROSS_REGION_REPLICA,
            S3_REPLICATION_TIME_CONTROL, S3_CROSS_REGION_REPLICATION, ELASTICACHE_GLOBAL_DATASTORE);

    private DocumentedBounds() {
    }
}
