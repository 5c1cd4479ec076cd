package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RequiredTrueRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-001: ElastiCache replication groups encrypt data at rest */
public final class AtRestEncryptionRule extends RequiredTrueRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ELC-001", Severity.ERROR,
            "ElastiCache replication groups encrypt data at rest",
            "Cached sessions and query results are customer data; at-rest encryption can only be chosen when the group is created.",
            "Set at_rest_encryption_enabled = true (and kms_key_id to the cache layer's KMS key).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_elasticache_replication_group");
    }

    @Override
    protected String argument() {
        return "at_rest_encryption_enabled";
    }

    /** A member of a global datastore inherits its encryption settings from the global replication group. */
    @Override
    protected boolean appliesTo(Resource group) {
        return !group.attr("global_replication_group_id").isSet();
    }
}
