package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RequiredTrueRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-002: ElastiCache replication groups encrypt data in transit */
public final class TransitEncryptionRule extends RequiredTrueRule {

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
    protected String argument() {
        return "transit_encryption_enabled";
    }

    /** A member of a global datastore inherits its encryption settings from the global replication group. */
    @Override
    protected boolean appliesTo(Resource group) {
        return !group.attr("global_replication_group_id").isSet();
    }
}
