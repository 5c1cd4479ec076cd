package com.haevn.validate.rules.elasticache;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ELC-004: every shard of a replication group has a replica. */
public final class ReplicasRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ELC-004", Severity.ERROR,
            "ElastiCache replication groups have a replica per shard",
            "The cache runs Redis cluster mode with read replicas in each AZ; without a replica there is nothing "
                    + "to fail over to and an AZ loss empties the cache.",
            "Cluster mode: set replicas_per_node_group >= 1 (2 for one replica per AZ across 3 AZs). "
                    + "Otherwise: set num_cache_clusters >= 2.");

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
        Attr replicas = group.attr("replicas_per_node_group");
        Attr clusters = group.attr("num_cache_clusters");
        if (replicas.isUnknown() || clusters.isUnknown()
                || replicas.number().filter(n -> n >= 1).isPresent()
                || clusters.number().filter(n -> n >= 2).isPresent()) {
            return List.of();
        }
        Attr at = replicas.isSet() ? replicas : clusters;
        return List.of(context.finding(INFO, group, at, group.address() + " has replicas_per_node_group "
                + replicas.display() + " and num_cache_clusters " + clusters.display()
                + ", expected replicas_per_node_group >= 1 or num_cache_clusters >= 2"));
    }
}
