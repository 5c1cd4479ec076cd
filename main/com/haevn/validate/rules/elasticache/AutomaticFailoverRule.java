package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RequiredTrueRule;
import com.haevn.validate.rules.RuleInfo;

import java.util.List;

/** HVN-ELC-003: ElastiCache replication groups fail over automatically */
public final class AutomaticFailoverRule extends RequiredTrueRule {

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
    protected String argument() {
        return "automatic_failover_enabled";
    }
}
