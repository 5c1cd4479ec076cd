package com.haevn.validate.rules;

import com.haevn.validate.rules.alb.DropInvalidHeadersRule;
import com.haevn.validate.rules.alb.HttpsListenersRule;
import com.haevn.validate.rules.alb.LoadBalancerDeletionProtectionRule;
import com.haevn.validate.rules.alb.TlsPolicyRule;
import com.haevn.validate.rules.cloudflare.DnsOnlyOriginRule;
import com.haevn.validate.rules.cloudflare.ManagedWafRule;
import com.haevn.validate.rules.cloudflare.MinimumTlsVersionRule;
import com.haevn.validate.rules.cloudflare.RateLimitingRule;
import com.haevn.validate.rules.cloudflare.ProxiedLoadBalancerRule;
import com.haevn.validate.rules.cloudflare.StrictSslRule;
import com.haevn.validate.rules.dynamodb.PointInTimeRecoveryRule;
import com.haevn.validate.rules.ec2.InstanceMetadataV2Rule;
import com.haevn.validate.rules.eks.ControlPlaneLoggingRule;
import com.haevn.validate.rules.eks.PublicEndpointRule;
import com.haevn.validate.rules.eks.SecretsEncryptionRule;
import com.haevn.validate.rules.elasticache.AtRestEncryptionRule;
import com.haevn.validate.rules.elasticache.AutomaticFailoverRule;
import com.haevn.validate.rules.elasticache.ReplicasRule;
import com.haevn.validate.rules.elasticache.TransitEncryptionRule;
import com.haevn.validate.rules.iam.AdminPolicyRule;
import com.haevn.validate.rules.rds.BackupRetentionRule;
import com.haevn.validate.rules.rds.DeletionProtectionRule;
import com.haevn.validate.rules.rds.MultiAzRule;
import com.haevn.validate.rules.rds.PubliclyAccessibleRule;
import com.haevn.validate.rules.rds.StorageEncryptedRule;
import com.haevn.validate.rules.s3.BucketEncryptionRule;
import com.haevn.validate.rules.s3.BucketLifecycleRule;
import com.haevn.validate.rules.s3.BucketPublicAccessBlockRule;
import com.haevn.validate.rules.s3.BucketTlsOnlyPolicyRule;
import com.haevn.validate.rules.s3.BucketVersioningRule;
import com.haevn.validate.rules.s3.DeleteProtectionRule;
import com.haevn.validate.rules.s3.NoncurrentVersionExpirationRule;
import com.haevn.validate.rules.secrets.RotationIntervalRule;
import com.haevn.validate.rules.secrets.SecretRotationRule;
import com.haevn.validate.rules.sns.TopicEncryptionRule;
import com.haevn.validate.rules.sqs.DeadLetterQueueRule;
import com.haevn.validate.rules.sqs.DeadLetterRetentionRule;
import com.haevn.validate.rules.sqs.QueueEncryptionRule;
import com.haevn.validate.rules.state.RemoteStateRule;
import com.haevn.validate.rules.state.StateEncryptionRule;
import com.haevn.validate.rules.state.StateLockingRule;
import com.haevn.validate.rules.tags.RequiredCostTagsRule;
import com.haevn.validate.rules.tags.TaggableTypes;
import com.haevn.validate.rules.vpc.FlowLogsRule;

import java.util.List;

/** The platform's guardrail pack: every rule, in the order reports list them. */
public final class GuardrailRules {

    private GuardrailRules() {
    }

    public static List<GuardrailRule> all() {
        return all(TaggableTypes.CONSERVATIVE);
    }

    /** The pack, with the validator's provider schema deciding which types take tags. */
    public static List<GuardrailRule> all(TaggableTypes taggable) {
        return List.of(
                new RequiredCostTagsRule(taggable),
                new BucketVersioningRule(), new BucketEncryptionRule(), new BucketPublicAccessBlockRule(),
                new BucketTlsOnlyPolicyRule(), new BucketLifecycleRule(), new NoncurrentVersionExpirationRule(),
                new DeleteProtectionRule(),
                new StorageEncryptedRule(), new DeletionProtectionRule(), new BackupRetentionRule(),
                new MultiAzRule(), new PubliclyAccessibleRule(),
                new AtRestEncryptionRule(), new TransitEncryptionRule(), new AutomaticFailoverRule(),
                new ReplicasRule(),
                new QueueEncryptionRule(), new DeadLetterQueueRule(), new DeadLetterRetentionRule(),
                new TopicEncryptionRule(),
                new SecretRotationRule(), new RotationIntervalRule(),
                new StateEncryptionRule(), new StateLockingRule(), new RemoteStateRule(),
                new SecretsEncryptionRule(), new ControlPlaneLoggingRule(), new PublicEndpointRule(),
                new HttpsListenersRule(), new TlsPolicyRule(), new DropInvalidHeadersRule(),
                new LoadBalancerDeletionProtectionRule(),
                new PointInTimeRecoveryRule(), new FlowLogsRule(), new InstanceMetadataV2Rule(), new AdminPolicyRule(),
                new StrictSslRule(), new MinimumTlsVersionRule(), new ManagedWafRule(), new RateLimitingRule(),
                new ProxiedLoadBalancerRule(), new DnsOnlyOriginRule());
    }
}
