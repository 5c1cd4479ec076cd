package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-001: ElastiCache replication groups encrypt data at rest */
public final class AtRestEncryptionRule extends ResourceRule {

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
    protected List<Finding> check(Resource group, RuleContext context) {
        // a member of a global datastore inherits encryption settings from the global replication group
        if (group.attr("global_replication_group_id").isSet()) {
            return List.of();
        }
        Attr value = group.attr("at_rest_encryption_enabled");
        if (value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, group, value,
                group.address() + " has at_rest_encryption_enabled " + value.display() + ", expected true"));
    }
}
