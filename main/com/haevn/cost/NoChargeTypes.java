package com.haevn.cost;

import java.util.Set;

/**
 * Resource types AWS charges nothing for by themselves: configuration, permissions and attachments whose cost (if
 * any) is that of the resource they configure, which is priced there. Every other type without a pricing rule is
 * reported as not priced.
 */
final class NoChargeTypes {

    static final Set<String> TYPES = Set.of(
            "aws_acm_certificate", "aws_acm_certificate_validation",
            "aws_backup_selection", "aws_backup_vault_lock_configuration", "aws_backup_vault_notifications",
            "aws_budgets_budget", "aws_ce_anomaly_monitor", "aws_ce_anomaly_subscription", "aws_ce_cost_allocation_tag",
            "aws_db_subnet_group", "aws_default_security_group",
            "aws_eks_access_entry", "aws_eks_access_policy_association", "aws_eks_addon",
            "aws_elasticache_global_replication_group", "aws_elasticache_subnet_group", "aws_elasticache_user",
            "aws_elasticache_user_group",
            "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target",
            "aws_iam_openid_connect_provider", "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment",
            "aws_internet_gateway", "aws_kms_alias", "aws_lambda_permission", "aws_launch_template",
            "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_target_group",
            "aws_rds_cluster_parameter_group", "aws_rds_global_cluster",
            "aws_route", "aws_route_table", "aws_route_table_association",
            "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_logging", "aws_s3_bucket_object_lock_configuration",
            "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block",
            "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning",
            "aws_secretsmanager_secret_rotation", "aws_security_group", "aws_sns_topic_policy",
            "aws_sqs_queue_policy", "aws_sqs_queue_redrive_allow_policy", "aws_subnet", "aws_vpc",
            "aws_vpc_security_group_egress_rule", "aws_vpc_security_group_ingress_rule");

    private NoChargeTypes() {
    }
}
