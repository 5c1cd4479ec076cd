package com.haevn.validate.rules.tags;

import java.util.Set;

/**
 * Which resource types have a {@code tags} argument. The provider schema is the real answer; until the validator's
 * compact schema is wired in, {@link #CONSERVATIVE} lists only types known to take {@code tags} in AWS provider 5.x,
 * so no resource is ever asked for tags it cannot carry (some taggable types are missed instead).
 */
@FunctionalInterface
public interface TaggableTypes {

    boolean isTaggable(String type);

    TaggableTypes CONSERVATIVE = Set.of(
            "aws_vpc", "aws_subnet", "aws_internet_gateway", "aws_nat_gateway", "aws_eip", "aws_route_table",
            "aws_security_group", "aws_network_acl", "aws_vpc_endpoint", "aws_flow_log",
            "aws_s3_bucket", "aws_db_instance", "aws_rds_cluster", "aws_rds_cluster_instance",
            "aws_db_subnet_group", "aws_db_parameter_group", "aws_rds_cluster_parameter_group",
            "aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_elasticache_subnet_group",
            "aws_elasticache_parameter_group", "aws_sqs_queue", "aws_sns_topic", "aws_secretsmanager_secret",
            "aws_kms_key", "aws_eks_cluster", "aws_eks_node_group", "aws_eks_addon", "aws_lb", "aws_alb",
            "aws_lb_listener", "aws_alb_listener", "aws_lb_target_group", "aws_alb_target_group",
            "aws_lb_listener_rule", "aws_dynamodb_table", "aws_iam_role", "aws_iam_policy",
            "aws_iam_openid_connect_provider", "aws_launch_template", "aws_instance", "aws_cloudwatch_log_group",
            "aws_cloudwatch_event_rule", "aws_cloudwatch_event_bus", "aws_backup_plan", "aws_backup_vault",
            "aws_acm_certificate", "aws_ecr_repository", "aws_efs_file_system", "aws_fis_experiment_template",
            "aws_route53_zone", "aws_wafv2_web_acl", "aws_lambda_function")::contains;
}
