package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-002: ElastiCache replication groups encrypt data in transit */
public final class TransitEncryptionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ELC-002", Severity.ERROR,
            "ElastiCache replication groups encrypt data in transit",
            "Without TLS, anything on the VPC path can read or alter cache traffic; enabling it later needs a migration window.",
            "Set transit_encryption_enabled = true (clients connect with TLS).");

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
        Attr value = group.attr("transit_encryption_enabled");
        if (value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, group, value,
                group.address() + " has transit_encryption_enabled " + value.display() + ", expected true"));
    }
}
