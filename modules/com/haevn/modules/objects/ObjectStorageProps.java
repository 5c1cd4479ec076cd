package com.haevn.modules.objects;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of an {@link ObjectStorage}. Build with {@link #builder()}; every setting without a default is required.
 *
 * @param namePrefix  prefix of every name, e.g. {@code haevn-prod}: buckets are {@code <prefix>-<code>-<suffix>}
 * @param accountId   the account the buckets belong to (12 digits), for the log delivery condition
 * @param regionName  the region of the stack's provider, e.g. {@code us-east-1}
 * @param regionCode  its short code, e.g. {@code use1}
 * @param buckets     the buckets, at least one, suffixes unique and not {@value RegionalObjects#LOG_BUCKET_SUFFIX}
 * @param days        lifecycle, lock and log retention days; default {@link LifecycleDays#defaults()}
 * @param replica     the region the buckets replicate to, with its provider; default none (no replication)
 */
public record ObjectStorageProps(String namePrefix, String accountId, String regionName, String regionCode,
                                 List<BucketSpec> buckets, LifecycleDays days, Optional<ReplicaRegion> replica) {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public ObjectStorageProps {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(replica, "replica");
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got '" + accountId + "'");
        }
        buckets = List.copyOf(buckets);
        if (buckets.isEmpty()) {
            throw new IllegalArgumentException("an object storage needs at least one bucket");
        }
        Set<String> suffixes = new HashSet<>();
        for (BucketSpec bucket : buckets) {
            if (!suffixes.add(bucket.suffix()) || bucket.suffix().equals(RegionalObjects.LOG_BUCKET_SUFFIX)) {
                throw new IllegalArgumentException("bucket suffix '" + bucket.suffix() + "' is used twice or is the "
                        + "log bucket's (" + RegionalObjects.LOG_BUCKET_SUFFIX + ")");
            }
        }
        if (replica.filter(r -> r.regionName().equals(regionName)).isPresent()) {
            throw new IllegalArgumentException("the replica region must differ from the source region " + regionName);
        }
    }

    /**
     * The other region the buckets replicate to.
     *
     * @param regionName e.g. {@code us-west-2}
     * @param regionCode e.g. {@code usw2}
     * @param provider   the AWS provider of that region (an aliased one of the same stack)
     */
    public record ReplicaRegion(String regionName, String regionCode, TerraformProvider provider) {

        public ReplicaRegion {
            Objects.requireNonNull(regionName, "regionName");
            Objects.requireNonNull(regionCode, "regionCode");
            Objects.requireNonNull(provider, "provider");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ObjectStorageProps}. */
    public static final class Builder {
        private String namePrefix;
        private String accountId;
        private String regionName;
        private String regionCode;
        private List<BucketSpec> buckets = List.of();
        private LifecycleDays days = LifecycleDays.defaults();
        private ReplicaRegion replica;

        private Builder() {
        }

        public Builder namePrefix(String namePrefix) {
            this.namePrefix = namePrefix;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        public Builder region(String name, String code) {
            this.regionName = name;
            this.regionCode = code;
            return this;
        }

        public Builder buckets(List<BucketSpec> buckets) {
            this.buckets = buckets;
            return this;
        }

        public Builder days(LifecycleDays days) {
            this.days = days;
            return this;
        }

        /** Replicate into {@code replica}; leave unset for no replication. */
        public Builder replica(ReplicaRegion replica) {
            this.replica = replica;
            return this;
        }

        public ObjectStorageProps build() {
            return new ObjectStorageProps(namePrefix, accountId, regionName, regionCode, buckets, days,
                    Optional.ofNullable(replica));
        }
    }
}
