package com.haevn.modules.objects;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of one region, all under one customer-managed key of that region (rotation on) and logging to one log
 * bucket there: the source buckets of the stack's own region, or their replicas in the other region. Every name is
 * {@code <regionPrefix>-<suffix><nameSuffix>}: {@code haevn-prod-use1-media}, and for a replica
 * {@code haevn-prod-usw2-media-from-use1}.
 */
final class RegionalObjects extends Construct {

    /** The log bucket's suffix, which no configured bucket may take. */
    static final String LOG_BUCKET_SUFFIX = "objects-logs";

    private final KmsKey key;
    private final ServerAccessLogBucket logs;
    private final List<ObjectBucket> buckets = new ArrayList<>();

    /**
     * @param regionPrefix {@code <name prefix>-<region code>} of the region the buckets live in
     * @param nameSuffix   appended to every name: empty for sources, {@code -from-<source code>} for replicas
     * @param description  what the key encrypts, in words
     */
    RegionalObjects(Construct scope, String id, String regionPrefix, String nameSuffix, String description,
                    List<BucketSpec> specs, String accountId, LifecycleDays days, TerraformProvider provider) {
        super(scope, id);
        key = KmsKey.Builder.create(this, "key")
                .description(description)
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .provider(provider)
                .build();
        KmsAlias.Builder.create(this, "alias")
                .name("alias/" + regionPrefix + "-objects" + nameSuffix)
                .targetKeyId(key.getKeyId())
                .provider(provider)
                .build();
        List<String> names = specs.stream().map(s -> regionPrefix + "-" + s.suffix() + nameSuffix).toList();
        logs = new ServerAccessLogBucket(this, "access-logs", regionPrefix + "-" + LOG_BUCKET_SUFFIX + nameSuffix,
                names, accountId, days, provider);
        for (int i = 0; i < specs.size(); i++) {
            buckets.add(new ObjectBucket(this, specs.get(i).suffix(), names.get(i), specs.get(i), key.getArn(), logs,
                    days, provider));
        }
    }

    KmsKey key() {
        return key;
    }

    ServerAccessLogBucket logs() {
        return logs;
    }

    /** In the order of the specs. */
    List<ObjectBucket> buckets() {
        return List.copyOf(buckets);
    }
}
