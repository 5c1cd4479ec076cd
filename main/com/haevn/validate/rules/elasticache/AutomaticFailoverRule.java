package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-003: ElastiCache replication groups fail over automatically */
public final class AutomaticFailoverRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ELC-003", Severity.ERROR,
            "ElastiCache replication groups fail over automatically",
            "The cache's RTO is 30 minutes and the monthly AZ-Gone game day removes an AZ: without automatic failover a primary loss waits for a human.",
            "Set automatic_failover_enabled = true (and multi_az_enabled = true) with at least one replica.");

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
        Attr value = group.attr("automatic_failover_enabled");
        if (value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, group, value,
                group.address() + " has automatic_failover_enabled " + value.display() + ", expected true"));
    }
}
