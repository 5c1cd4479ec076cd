package com.haevn.validate.rules;

import com.haevn.validate.rules.elasticache.AtRestEncryptionRule;
import com.haevn.validate.rules.elasticache.AutomaticFailoverRule;
import com.haevn.validate.rules.elasticache.ReplicasRule;
import com.haevn.validate.rules.elasticache.TransitEncryptionRule;
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
                new StorageEncryptedRule(), new DeletionProtectionRule(), new BackupRetentionRule(),
                new MultiAzRule(), new PubliclyAccessibleRule(),
                new AtRestEncryptionRule(), new TransitEncryptionRule(), new AutomaticFailoverRule(),
                new ReplicasRule(),
                new QueueEncryptionRule(), new DeadLetterQueueRule(), new DeadLetterRetentionRule(),
                new TopicEncryptionRule(),
                new SecretRotationRule(), new RotationIntervalRule(),
                new StateEncryptionRule(), new StateLockingRule(), new RemoteStateRule());
    }
}
