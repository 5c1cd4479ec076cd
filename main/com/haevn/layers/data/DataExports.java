package com.haevn.layers.data;

import com.haevn.stacks.ExportKey;

/**
 * What later layers (dr: AWS Backup and the AZ-Gone failover; the applications' configuration and IAM roles) and the
 * other region's data stack read from the database of a region.
 *
 * @param clusterIdentifier the Aurora cluster's (or RDS instance's) identifier
 * @param clusterArn        its ARN: AWS Backup's resource, FIS's failover target, {@code rds-db:connect} policies
 * @param writerEndpoint    the writer's host name (in a global database's secondary: the cluster endpoint, which
 *                          forwards writes to the primary)
 * @param readerEndpoint    the readers' host name (RDS Multi-AZ: the writer's, its standby serves no reads)
 * @param port              the PostgreSQL port
 * @param securityGroupId   the database's security group (admits the runtime nodes only)
 * @param globalClusterId   the Aurora global database's id; empty text where the database is in none (dev)
 * @param keyArn            the KMS key of storage, Performance Insights and snapshots: backup copies and the staging
 *                          restore need grants on it
 */
public record DataExports(String clusterIdentifier, String clusterArn, String writerEndpoint, String readerEndpoint,
                          String port, String securityGroupId, String globalClusterId, String keyArn) {

    public static final ExportKey<DataExports> KEY = ExportKey.of(DataLayer.NAME, DataExports.class);
}
