package com.haevn.validate.plan;

import java.util.Set;

/**
 * Resource types whose destruction loses data or an identity that cannot be recreated.
 *
 * <p>Included beyond databases, buckets, caches, tables, secrets and clusters: {@code aws_kms_key} (deleting a key
 * makes everything encrypted with it unreadable), {@code aws_efs_file_system} (file data), {@code aws_sqs_queue}
 * (messages in flight, including a dead-letter queue's evidence, are lost with the queue) and
 * {@code aws_backup_vault} (recovery points). Not included: {@code aws_sns_topic} (stores nothing) and the S3
 * bucket companion resources (versioning, policy...), whose replacement does not touch objects.
 */
public final class StatefulTypes {

    public static final Set<String> ALL = Set.of(
            "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance", "aws_rds_global_cluster",
            "aws_s3_bucket",
            "aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_elasticache_global_replication_group",
            "aws_dynamodb_table",
            "aws_secretsmanager_secret",
            "aws_eks_cluster",
            "aws_kms_key",
            "aws_efs_file_system",
            "aws_sqs_queue",
            "aws_backup_vault");

    private StatefulTypes() {
    }

    public static boolean isStateful(String type) {
        return ALL.contains(type);
    }
}
