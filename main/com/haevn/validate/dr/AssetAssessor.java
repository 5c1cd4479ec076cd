package com.haevn.validate.dr;

import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Link;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds, per asset of the RPO/RTO table held by an input, the cross-region mechanism that protects it. */
public final class AssetAssessor {

    private AssetAssessor() {
    }

    /** One assessment per asset the input holds, against its target; none for assets it does not hold. */
    public static List<AssetAssessment> assess(DocumentIndex index, RecoveryTargets targets) {
        List<AssetAssessment> result = new ArrayList<>();
        for (RecoveryAsset asset : RecoveryAsset.values()) {
            RecoveryTarget target = targets.target(asset);
            List<Resource> holders = index.resources(asset.resourceTypes().toArray(String[]::new));
            if (asset == RecoveryAsset.REDIS) {
                holders = holders.stream().filter(AssetAssessor::isRedis).toList();
            }
            if (holders.isEmpty()) {
                continue;
            }
            Optional<Found> found = switch (asset) {
                case CORE_DB -> database(index);
                case OBJECT_STORAGE -> objectStorage(index);
                case REDIS -> redis(index);
            };
            if (found.isEmpty()) {
                Resource first = holders.get(0);
                result.add(new AssetAssessment(asset, target, Optional.empty(), Verdict.NO_MECHANISM,
                        first.address(), first.pointer()));
            } else {
                Found mechanism = found.get();
                result.add(new AssetAssessment(asset, target, Optional.of(mechanism.mechanism()),
                        AssetAssessment.judge(target, mechanism.mechanism()), mechanism.at().address(),
                        mechanism.at().pointer()));
            }
        }
        return result;
    }

    private record Found(ReplicationMechanism mechanism, Resource at) {
    }

    private static Optional<Found> database(DocumentIndex index) {
        List<Resource> global = index.resources("aws_rds_global_cluster");
        if (!global.isEmpty()) {
            return Optional.of(new Found(DocumentedBounds.AURORA_GLOBAL_DATABASE, global.get(0)));
        }
        for (Resource cluster : index.resources("aws_rds_cluster")) {
            if (joins(cluster.attr("global_cluster_identifier"))) {
                return Optional.of(new Found(DocumentedBounds.AURORA_GLOBAL_DATABASE, cluster));
            }
        }
        for (Resource replica : index.resources("aws_db_instance")) {
            if (replica.attr("replicate_source_db").isSet() && crossRegion(index, replica)) {
                return Optional.of(new Found(DocumentedBounds.RDS_CROSS_REGION_REPLICA, replica));
            }
        }
        return Optional.empty();
    }

    /** A replica is cross-region unless its source is a database of this input behind the same provider. */
    private static boolean crossRegion(DocumentIndex index, Resource replica) {
        for (Resource source : index.resources("aws_db_instance")) {
            if (source != replica && index.link(replica, "replicate_source_db", source) == Link.YES) {
                return !source.providerKey().equals(replica.providerKey());
            }
        }
        return true;
    }

    private static Optional<Found> objectStorage(DocumentIndex index) {
        List<Resource> configurations = index.resources("aws_s3_bucket_replication_configuration");
        if (!configurations.isEmpty()) {
            Resource first = configurations.get(0);
            boolean timeControlled = configurations.stream().allMatch(AssetAssessor::timeControlled);
            return Optional.of(new Found(timeControlled ? DocumentedBounds.S3_REPLICATION_TIME_CONTROL
                    : DocumentedBounds.S3_CROSS_REGION_REPLICATION, first));
        }
        for (Resource bucket : index.resources("aws_s3_bucket")) {
            // the pre-4.0 inline form, still accepted by provider 5.x
            if (bucket.attr("replication_configuration").isSet() && !bucket.attr("replication_configuration").isNull()
                    && !bucket.attr("replication_configuration").isUnknown()) {
                return Optional.of(new Found(DocumentedBounds.S3_CROSS_REGION_REPLICATION, bucket));
            }
        }
        return Optional.empty();
    }

    /** Every rule sets destination.replication_time.status = "Enabled" (an unknown status counts as enabled). */
    private static boolean timeControlled(Resource configuration) {
        List<Block> rules = configuration.blocks("rule");
        if (rules.isEmpty()) {
            return configuration.attr("rule").isUnknown();
        }
        for (Block rule : rules) {
            Attr status = rule.attr("destination.replication_time.status");
            if (!status.isUnknown() && status.text().filter("Enabled"::equals).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Found> redis(DocumentIndex index) {
        List<Resource> global = index.resources("aws_elasticache_global_replication_group");
        if (!global.isEmpty()) {
            return Optional.of(new Found(DocumentedBounds.ELASTICACHE_GLOBAL_DATASTORE, global.get(0)));
        }
        for (Resource group : index.resources("aws_elasticache_replication_group")) {
            if (joins(group.attr("global_replication_group_id"))) {
                return Optional.of(new Found(DocumentedBounds.ELASTICACHE_GLOBAL_DATASTORE, group));
            }
        }
        return Optional.empty();
    }

    private static boolean isRedis(Resource group) {
        return group.attr("engine").text().map("redis"::equals).orElse(true);
    }

    /**
     * Whether a member's global id joins it to a global cluster or datastore: a known, non-empty value, or an
     * expression of the configuration. A plan's unknown without an expression is the provider's computed attribute
     * of a resource that joins nothing (dev's single-region cache), not a join.
     */
    private static boolean joins(Attr globalId) {
        if (globalId.isKnown()) {
            return !globalId.isNull() && !globalId.text().orElse("").isEmpty();
        }
        return globalId.expression().isPresent();
    }
}
