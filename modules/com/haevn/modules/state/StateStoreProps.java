package com.haevn.modules.state;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.Objects;

/**
 * Settings of a {@link StateStore}. Build with {@link #builder()}.
 *
 * @param bucketName                     the state bucket's name (globally unique)
 * @param lockTableName                  the DynamoDB lock table's name (unique within the region)
 * @param keyAlias                       the alias of the store's KMS key, e.g. {@code alias/haevn-prod-tfstate}
 * @param noncurrentVersionRetentionDays superseded state versions expire after this many days; default
 *                                       {@link StateBucketProps#DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS}
 * @param provider                       the AWS provider of the store's region; null for the stack's default
 */
public record StateStoreProps(String bucketName, String lockTableName, String keyAlias,
                              int noncurrentVersionRetentionDays, TerraformProvider provider) {

    public StateStoreProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(lockTableName, "lockTableName");
        Objects.requireNonNull(keyAlias, "keyAlias");
        if (!keyAlias.startsWith("alias/") || keyAlias.startsWith("alias/aws/")) {
            throw new IllegalArgumentException("keyAlias must start with alias/ and not name an AWS-managed key, got "
                    + keyAlias);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link StateStoreProps}. */
    public static final class Builder {
        private String bucketName;
        private String lockTableName;
        private String keyAlias;
        private int noncurrentVersionRetentionDays = StateBucketProps.DEFAULT_NONCURRENT_VERSION_RETENTION_DAYS;
        private TerraformProvider provider;

        private Builder() {
        }

        public Builder bucketName(String bucketName) {
            this.bucketName = bucketName;
            return this;
        }

        public Builder lockTableName(String lockTableName) {
            this.lockTableName = lockTableName;
            return this;
        }

        public Builder keyAlias(String keyAlias) {
            this.keyAlias = keyAlias;
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

        public StateStoreProps build() {
            return new StateStoreProps(bucketName, lockTableName, keyAlias, noncurrentVersionRetentionDays, provider);
        }
    }
}
