package com.haevn.modules.cache;

import com.haevn.modules.runtime.EncryptionKey;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_global_replication_group.ElasticacheGlobalReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroupLogDeliveryConfiguration;
import com.hashicorp.cdktf.providers.aws.elasticache_subnet_group.ElasticacheSubnetGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ElastiCache for Redis in cluster mode in one region: shards with replicas spread over the subnets' AZs, Multi-AZ
 * with automatic failover, encrypted at rest with a customer-managed KMS key of its own and in transit (TLS),
 * authenticated by IAM through a user group ({@link CacheUsers}; no password or auth token anywhere), daily snapshots,
 * the slow log delivered as JSON to a KMS-encrypted CloudWatch log group, in a subnet group of the private subnets,
 * behind a security group that admits only the clients' security group on {@value RedisClusterProps#PORT}.
 *
 * <p>As the {@link GlobalRole#PRIMARY} the construct also creates the global datastore around the group. As a
 * {@link GlobalRole#SECONDARY} the group joins one and leaves unset what it inherits from the primary and the provider
 * refuses on a member (engine and version, node type, shard count, parameter group, both encryption switches): it
 * keeps its own key, users, security group, subnets, replicas, snapshots and slow log.
 */
public class RedisCluster extends Construct {

    /** Cluster mode on, for Redis 7. */
    public static final String PARAMETER_GROUP = "default.redis7.cluster.on";

    private final EncryptionKey key;
    private final SecurityGroup securityGroup;
    private final CacheUsers users;
    private final ElasticacheReplicationGroup group;
    private final CloudwatchLogGroup slowLog;
    private final ElasticacheGlobalReplicationGroup globalDatastore;

    public RedisCluster(Construct scope, String id, RedisClusterProps props) {
        super(scope, id);
        key = new EncryptionKey(this, "key", props.name() + "-cache", props.accountId(),
                "ElastiCache " + props.name() + ": data at rest, snapshots and the slow log", List.of(Map.of(
                        "Sid", "CloudWatchLogsEncryptsTheSlowLog",
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "logs." + props.region() + ".amazonaws.com"),
                        "Action", List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                "kms:Describe*"),
                        "Resource", "*",
                        "Condition", Map.of("ArnEquals", Map.of("kms:EncryptionContext:aws:logs:arn",
                                "arn:aws:logs:" + props.region() + ":" + props.accountId() + ":log-group:"
                                        + props.slowLogGroupName())))));
        slowLog = CloudwatchLogGroup.Builder.create(this, "slow-log")
                .name(props.slowLogGroupName())
                .retentionInDays(props.slowLogRetentionDays())
                .kmsKeyId(key.arn())
                .build();
        ElasticacheSubnetGroup subnets = ElasticacheSubnetGroup.Builder.create(this, "subnet-group")
                .name(props.name())
                .description("Private subnets of ElastiCache " + props.name())
                .subnetIds(props.subnetIds())
                .build();
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(props.name() + "-cache")
                .description("ElastiCache " + props.name() + ": Redis from the cluster nodes only")
                .vpcId(props.vpcId())
                .revokeRulesOnDelete(true)
                .build();
        VpcSecurityGroupIngressRule.Builder.create(this, "ingress-clients")
                .securityGroupId(securityGroup.getId())
                .description("Redis (TLS) from the cluster nodes")
                .ipProtocol("tcp")
                .fromPort(RedisClusterProps.PORT)
                .toPort(RedisClusterProps.PORT)
                .referencedSecurityGroupId(props.clientSecurityGroupId())
                .build();
        users = new CacheUsers(this, "users", props);
        group = replicationGroup(props, subnets);
        globalDatastore = props.globalRole() != GlobalRole.PRIMARY ? null
                : ElasticacheGlobalReplicationGroup.Builder.create(this, "global-datastore")
                        .globalReplicationGroupIdSuffix(props.globalDatastoreSuffix())
                        .globalReplicationGroupDescription("Redis of " + props.name() + " replicated to the other region")
                        .primaryReplicationGroupId(group.getId())
                        // set at creation only: promoting the other region's group (docs/runbook-region-switch.md)
                        // changes it, and a change would replace the global datastore
                        .lifecycle(TerraformResourceLifecycle.builder()
                                .ignoreChanges(List.of("primary_replication_group_id")).build())
                        .build();
    }

    private ElasticacheReplicationGroup replicationGroup(RedisClusterProps props, ElasticacheSubnetGroup subnets) {
        ElasticacheReplicationGroup.Builder builder = ElasticacheReplicationGroup.Builder.create(this, "replication-group")
                .replicationGroupId(props.name())
                .description("Redis cluster mode of " + props.name())
                .port(RedisClusterProps.PORT)
                .replicasPerNodeGroup(props.replicasPerShard())
                .automaticFailoverEnabled(true)
                .multiAzEnabled(true)
                .kmsKeyId(key.arn())
                .subnetGroupName(subnets.getName())
                .securityGroupIds(List.of(securityGroup.getId()))
                .userGroupIds(List.of(users.group().getUserGroupId()))
                .snapshotRetentionLimit(props.snapshotRetentionDays())
                .snapshotWindow(props.snapshotWindow())
                .logDeliveryConfiguration(List.of(ElasticacheReplicationGroupLogDeliveryConfiguration.builder()
                        .destinationType("cloudwatch-logs")
                        .destination(slowLog.getName())
                        .logFormat("json")
                        .logType("slow-log")
                        .build()));
        if (props.globalRole() == GlobalRole.SECONDARY) {
            builder.globalReplicationGroupId(props.globalDatastoreId());
        } else {
            builder.engine("redis")
                    .engineVersion(props.engineVersion())
                    .nodeType(props.nodeType())
                    .numNodeGroups(props.shards())
                    .parameterGroupName(PARAMETER_GROUP)
                    .atRestEncryptionEnabled(true)
                    .transitEncryptionEnabled(true);
        }
        return builder.build();
    }

    public ElasticacheReplicationGroup group() {
        return group;
    }

    public SecurityGroup securityGroup() {
        return securityGroup;
    }

    public CacheUsers users() {
        return users;
    }

    public EncryptionKey key() {
        return key;
    }

    public CloudwatchLogGroup slowLog() {
        return slowLog;
    }

    /** The global datastore this construct created, present for a {@link GlobalRole#PRIMARY} only. */
    public Optional<ElasticacheGlobalReplicationGroup> globalDatastore() {
        return Optional.ofNullable(globalDatastore);
    }
}
