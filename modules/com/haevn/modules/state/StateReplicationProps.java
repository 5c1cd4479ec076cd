package com.haevn.modules.state;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link StateReplication}. Build with {@link #builder()}.
 *
 * @param roleName     the name of the IAM role S3 replicates as (account-wide, so unique per source bucket)
 * @param source       the bucket to replicate
 * @param sourceKeyArn the KMS key the source's objects are encrypted with
 * @param destinations one or more replica buckets, each with the key of its region
 * @param provider     the AWS provider of the source's region; null for the stack's default
 */
public record StateReplicationProps(String roleName, StateBucket source, String sourceKeyArn,
                                    List<Destination> destinations, TerraformProvider provider) {

    /**
     * A replica bucket.
     *
     * @param bucket    the replica (versioned, in another region)
     * @param kmsKeyArn the key replicas are encrypted with there
     */
    public record Destination(StateBucket bucket, String kmsKeyArn) {
        public Destination {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        }
    }

    public StateReplicationProps {
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKeyArn, "sourceKeyArn");
        destinations = List.copyOf(destinations);
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("replication needs at least one destination");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StateReplicationProps}. */
    public static final class Builder {
        private String roleName;
        private StateBucket source;
        private String sourceKeyArn;
        private List<Destination> destinations = List.of();
        private TerraformProvider provider;

        private Builder() {
        }

        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        public Builder source(StateBucket source, String sourceKeyArn) {
            this.source = source;
            this.sourceKeyArn = sourceKeyArn;
            return this;
        }

        public Builder destinations(List<Destination> destinations) {
            this.destinations = destinations;
            return this;
        }

        public Builder provider(TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        public StateReplicationProps build() {
            return new StateReplicationProps(roleName, source, sourceKeyArn, destinations, provider);
        }
    }
}
