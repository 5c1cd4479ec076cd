package com.haevn.modules.secrets;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.Objects;

/**
 * Another region that holds a replica of every secret, encrypted there with a key of that region which the
 * secrets' own stack creates through {@code provider} (so no stack of that region is read).
 *
 * @param region   the region, e.g. {@code us-west-2}
 * @param provider the AWS provider of that region (an aliased provider of the secrets' stack)
 */
public record ReplicaRegion(String region, TerraformProvider provider) {

    public ReplicaRegion {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(provider, "provider");
    }
}
