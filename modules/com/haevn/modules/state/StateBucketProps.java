package com.haevn.modules.state;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.Objects;

/**
 * Settings of a {@link StateBucket}. Build with {@link #builder()}.
 *
 * @param bucketName                     the bucket's name (globally unique)
 * @param kmsKeyArn                      the customer-managed KMS key that encrypts every object (SSE-KMS)
 * @param noncurrentVersionRetentionDays how long superseded state versions are kept before they expire, in days;
 *                                       default {@link #DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS}. Every apply
 *                                       writes a new version; this is how far back a state can be restored.
 * @param provider                       the AWS provider of the bucket's region; null for the stack's default
 */
public record StateBucketProps(String bucketName, String kmsKeyArn, int noncurrentVersionRetentionDays,
                               TerraformProvider provider) {

    /** 90 days: a full quarter of state history, longer than the 35-day database snapshots it may have to match. */
    public static final int DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS = 90;

    public StateBucketProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(kmsKeyArn, "kmsKeyArn");
        if (noncurrentVersionRetentionDays < 1) {
            throw new IllegalArgumentException(
                    "noncurrentVersionRetentionDays must be at least 1, got " + noncurrentVersionRetentionDays);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StateBucketProps}. */
    public static final class Builder {
        private String bucketName;
        private String kmsKeyArn;
        private int noncurrentVersionRetentionDays = DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS;
        private TerraformProvider provider;

        private Builder() {
        }

        public Builder bucketName(String bucketName) {
            this.bucketName = bucketName;
            return this;
        }

        public Builder kmsKeyArn(String kmsKeyArn) {
            this.kmsKeyArn = kmsKeyArn;
            return this;
        }

        public Builder noncurrentVersionRetentionDays(int days) {
            this.noncurrentVersionRetentionDays = days;
            return this;
        }

        public Builder provider(TerraformProvider provider) {
            this.provider = provider;
            return this;
        }

        public StateBucketProps build() {
            return new StateBucketProps(bucketName, kmsKeyArn, noncurrentVersionRetentionDays, provider);
        }
    }
}
