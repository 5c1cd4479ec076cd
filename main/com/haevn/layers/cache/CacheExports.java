package com.haevn.layers.cache;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What the applications' IAM roles and the secondary region's cache stack read from the cache stack of a region.
 * An application connects with TLS to {@code configurationEndpoint:port} as one of {@code appUserIds}, with an IAM
 * authentication token its IRSA role signs; the role needs {@code elasticache:Connect} on
 * {@code replicationGroupArn} and on that user's ARN (docs/cache.md).
 *
 * @param replicationGroupId    the replication group's id (the token's target)
 * @param replicationGroupArn   its ARN, a resource of {@code elasticache:Connect}
 * @param configurationEndpoint the cluster-mode configuration endpoint's host name
 * @param port                  the Redis port, as text
 * @param securityGroupId       the cache's security group (admits the cluster nodes only)
 * @param globalDatastoreId     the global datastore the group belongs to, empty text where there is none (dev)
 * @param userGroupId           the user group attached to the replication group
 * @param appUserIds            the IAM-authenticated users' ids (equal to their names), in the section's order
 * @param appUserArns           their ARNs, the other resource of {@code elasticache:Connect}, in the same order
 * @param keyArn                the KMS key of the data at rest, the snapshots and the slow log
 */
public record CacheExports(String replicationGroupId, String replicationGroupArn, String configurationEndpoint,
                           String port, String securityGroupId, String globalDatastoreId, String userGroupId,
                           List<String> appUserIds, List<String> appUserArns, String keyArn) {

    public static final ExportKey<CacheExports> KEY = ExportKey.of(CacheLayer.NAME, CacheExports.class);
}
