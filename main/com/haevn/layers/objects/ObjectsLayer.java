package com.haevn.layers.objects;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.environment.SettingsSection;
import com.haevn.modules.objects.ObjectStorage;
import com.haevn.modules.objects.ObjectStorageProps;
import com.haevn.modules.validation.Suppressions;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the file-object buckets of the {@code objects} section under the region's own KMS key,
 * and, where the environment replicates (staging, production), their replicas in the environment's other region,
 * created by this same stack through that region's aliased provider, with S3 Replication Time Control. Each region
 * writes its own buckets (both regions are active); no stack reads another region's outputs, so the layer adds no
 * edge between regions to the deploy order. Publishes {@link ObjectsExports}.
 */
public final class ObjectsLayer implements Layer {

    public static final String NAME = "objects";
    /** The {@code objects} section of the environment files. */
    public static final SettingsSection<ObjectsSettings> SETTINGS = new ObjectsSettingsSection();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        ObjectsSettings settings = environment.settings(SETTINGS);
        RegionConfig region = stack.region();
        ObjectStorageProps.Builder props = ObjectStorageProps.builder()
                .namePrefix("haevn-" + environment.name())
                .accountId(environment.accountId())
                .region(region.region().name(), region.region().shortCode())
                .buckets(settings.buckets())
                .days(settings.days());
        Optional<RegionConfig> other = settings.crossRegionReplication()
                ? replicationPartner(environment, region)
                : Optional.empty();
        other.ifPresent(r -> props.replica(new ObjectStorageProps.ReplicaRegion(r.region().name(),
                r.region().shortCode(), stack.awsProviderFor(r))));
        ObjectStorage storage = new ObjectStorage(stack, "objects", props.build());
        if (!settings.crossRegionReplication()) {
            suppressSingleRegion(storage, environment);
        }
        exports.publish(ObjectsExports.KEY, new ObjectsExports(
                storage.key().getArn(),
                storage.buckets().stream().map(S3Bucket::getBucket).toList(),
                storage.buckets().stream().map(S3Bucket::getArn).toList(),
                storage.replicaKey().map(KmsKey::getArn).stream().toList(),
                storage.replicaBuckets().stream().map(S3Bucket::getBucket).toList(),
                storage.replicaBuckets().stream().map(S3Bucket::getArn).toList()));
    }

    /** Only a tier without the replication rule gets here (the section refuses false for staging and production). */
    private static void suppressSingleRegion(ObjectStorage storage, Environment environment) {
        String reason = "a " + environment.tier().yamlValue() + " environment may keep its objects in one region"
                + " (objects.cross_region_replication: false, allowed by the tier rule): no cross-region copy";
        List<S3Bucket> buckets = new ArrayList<>(storage.buckets());
        buckets.add(storage.accessLogBucket());
        buckets.forEach(b -> Suppressions.suppress(b, "HVN-DR-001", reason));
    }

    /**
     * Where a region's buckets replicate: the primary region's to the first other region, every other region's to
     * the primary. Two regions replicate to each other; a third (prod's eu-central-1 of the seed) adds one replica
     * set in the primary, never a chain.
     */
    static Optional<RegionConfig> replicationPartner(Environment environment, RegionConfig region) {
        RegionConfig primary = environment.primaryRegion();
        if (!region.equals(primary)) {
            return Optional.of(primary);
        }
        return environment.regions().stream().filter(r -> !r.equals(primary)).findFirst();
    }
}
