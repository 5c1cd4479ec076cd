package com.haevn.layers.objects;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What later layers (the workloads' IRSA policies, disaster recovery) read from the objects stack of their region. The
 * lists share the {@code objects} section's order: {@code bucketArns.get(i)} is the bucket named
 * {@code bucketNames.get(i)}, and {@code replicaBucketNames.get(i)} its replica.
 *
 * @param keyArn             the KMS key of the region's buckets: readers need {@code kms:Decrypt}, writers
 *                           {@code kms:GenerateDataKey} as well
 * @param bucketNames        the region's buckets, for the SDKs
 * @param bucketArns         their ARNs, for IAM policies
 * @param replicaKeyArns     the key of the replicas in the other region: one ARN, or none without replication
 * @param replicaBucketNames the replicas in the other region (read-only copies for failover); empty without
 *                           replication
 * @param replicaBucketArns  their ARNs
 */
public record ObjectsExports(String keyArn, List<String> bucketNames, List<String> bucketArns,
                             List<String> replicaKeyArns, List<String> replicaBucketNames,
                             List<String> replicaBucketArns) {

    public static final ExportKey<ObjectsExports> KEY = ExportKey.of(ObjectsLayer.NAME, ObjectsExports.class);
}
