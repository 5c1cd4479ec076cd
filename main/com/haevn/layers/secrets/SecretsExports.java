package com.haevn.layers.secrets;

import com.haevn.stacks.ExportKey;

import java.util.List;

/**
 * What later layers read from the environment's secrets stack ({@code Import.global(SecretsExports.KEY)}): the
 * data layer the master secret of its global database and the group its database must admit, workloads' roles
 * the ARNs and keys. The lists of a kind share one order: {@code secretArns.get(i)} is the secret named
 * {@code secretNames.get(i)}; {@code replicaKeyArns.get(i)} is the key in {@code replicaRegions.get(i)}.
 *
 * @param keyArn                           the key of the secrets in the primary region
 * @param secretNames                      the secrets' full names ({@code haevn/prod/database/master}), in the
 *                                         section's order; a replica in another region has the same name
 * @param secretArns                       their ARNs in the primary region
 * @param replicaRegions                   the regions holding replicas (none in a one-region environment)
 * @param replicaKeyArns                   the replicas' key in each of those regions
 * @param rotationFunctionArn              the function rotating the generated secrets (empty when there is none)
 * @param databaseRotationSecurityGroupIds the database rotation function's security group, which a database must
 *                                         admit on its port for its users' secrets to rotate (none when no secret is
 *                                         a database user's)
 */
public record SecretsExports(String keyArn, List<String> secretNames, List<String> secretArns,
                             List<String> replicaRegions, List<String> replicaKeyArns, String rotationFunctionArn,
                             List<String> databaseRotationSecurityGroupIds) {

    public static final ExportKey<SecretsExports> KEY = ExportKey.of(SecretsLayer.NAME, SecretsExports.class);
}
