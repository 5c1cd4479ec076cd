package com.haevn.validate.rules.rds;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.Resource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * HVN-RDS-004: databases survive the loss of an AZ: {@code multi_az} on an instance; on an Aurora cluster at least
 * two {@code aws_rds_cluster_instance}s (in different AZs where their AZs are given); a Multi-AZ DB cluster
 * ({@code db_cluster_instance_class} on a non-Aurora engine) is Multi-AZ by construction.
 */
public final class MultiAzRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-RDS-004", Severity.ERROR,
            "Databases are Multi-AZ",
            "The data layer runs with Multi-AZ synchronous replication and the monthly \"AZ-Gone\" game day "
                    + "removes an AZ: a single-AZ database turns that into an outage.",
            "aws_db_instance: set multi_az = true. Aurora: add a second aws_rds_cluster_instance (a reader in "
                    + "another AZ) to the cluster.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_db_instance", "aws_rds_cluster");
    }

    @Override
    protected List<Finding> check(Resource database, RuleContext context) {
        if (Databases.isReadReplica(database) || Databases.isServerlessV1(database)
                || (!"aws_db_instance".equals(database.type()) && Databases.engineUnknown(database))) {
            return List.of();
        }
        return "aws_db_instance".equals(database.type()) ? checkInstance(database, context)
                : checkCluster(database, context);
    }

    private List<Finding> checkInstance(Resource instance, RuleContext context) {
        Attr multiAz = instance.attr("multi_az");
        if (multiAz.isUnknown() || multiAz.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, instance, multiAz,
                instance.address() + " has multi_az " + multiAz.display() + ", expected true"));
    }

    private List<Finding> checkCluster(Resource cluster, RuleContext context) {
        boolean aurora = cluster.attr("engine").text().map(e -> e.startsWith("aurora")).orElse(true);
        if (!aurora && cluster.attr("db_cluster_instance_class").isSet()) {
            return List.of();
        }
        Companions instances = context.index().companions(cluster, "aws_rds_cluster_instance", "cluster_identifier");
        if (instances.undetermined() || instances.linked().stream().anyMatch(Resource::instanceCountUnknown)) {
            return List.of();
        }
        long count = instances.linked().stream().mapToLong(Resource::instanceCount).sum();
        Set<String> zones = new HashSet<>();
        boolean allZonesKnown = !instances.linked().isEmpty();
        for (Resource instance : instances.linked()) {
            Attr zone = instance.attr("availability_zone");
            allZonesKnown &= zone.isKnown() && instance.instanceCount() == 1;
            zone.text().ifPresent(zones::add);
        }
        if (count >= 2 && (!allZonesKnown || zones.size() >= 2)) {
            return List.of();
        }
        String received = count < 2 ? count + " cluster instance(s)" : count + " instances all in " + zones;
        return List.of(context.finding(INFO, cluster, cluster.address() + " has " + received
                + ", expected at least 2 instances in different AZs"));
    }
}
