package com.haevn.modules.objects;

import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket_replication_configuration.S3BucketReplicationConfigurationA;
import software.constructs.Construct;

import java.util.List;
import java.util.Optional;

/**
 * The file-object buckets of one region ({@link ObjectBucket}), their key and log bucket, and, with a replica region,
 * their replicas there (same rules, that region's own key and log bucket) and the replication into them
 * ({@link BucketReplication}). The replicas are created through the replica region's provider of the same stack, so
 * the stack never reads another region's outputs.
 */
public class ObjectStorage extends Construct {

    private final RegionalObjects home;
    private final Optional<RegionalObjects> replicas;
    private final List<S3BucketReplicationConfigurationA> replication;

    public ObjectStorage(Construct scope, String id, ObjectStorageProps props) {
        super(scope, id);
        String homePrefix = props.namePrefix() + "-" + props.regionCode();
        home = new RegionalObjects(this, "home", homePrefix, "", "File objects of " + homePrefix, props.buckets(),
                props.accountId(), props.days(), null);
        replicas = props.replica().map(r -> new RegionalObjects(this, "replica-" + r.regionCode(),
                props.namePrefix() + "-" + r.regionCode(), "-from-" + props.regionCode(),
                "Replicas in " + r.regionName() + " of the file objects of " + homePrefix, props.buckets(),
                props.accountId(), props.days(), r.provider()));
        replication = props.replica().map(r -> new BucketReplication(this, "replication",
                homePrefix + "-objects-replication", home, props.regionName(), replicas.orElseThrow(), r.regionName(),
                r.regionCode(), null).configurations()).orElse(List.of());
    }

    /** The key of the stack's region that encrypts its buckets. */
    public KmsKey key() {
        return home.key();
    }

    /** The buckets of the stack's region, in the order of the props. */
    public List<S3Bucket> buckets() {
        return home.buckets().stream().map(ObjectBucket::bucket).toList();
    }

    /** The log bucket of the stack's region. */
    public S3Bucket accessLogBucket() {
        return home.logs().bucket();
    }

    /** The key of the replica region, if any. */
    public Optional<KmsKey> replicaKey() {
        return replicas.map(RegionalObjects::key);
    }

    /** The replicas, in the order of the props; empty without a replica region. */
    public List<S3Bucket> replicaBuckets() {
        return replicas.map(r -> r.buckets().stream().map(ObjectBucket::bucket).toList()).orElse(List.of());
    }

    /** The replica region's log bucket, if any. */
    public Optional<S3Bucket> replicaAccessLogBucket() {
        return replicas.map(r -> r.logs().bucket());
    }

    /** One replication configuration per bucket, in their order; empty without a replica region. */
    public List<S3BucketReplicationConfigurationA> replication() {
        return replication;
    }
}
