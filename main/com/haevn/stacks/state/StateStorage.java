package com.haevn.stacks.state;

import com.haevn.environment.AwsRegion;
import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.stacks.StackId;
import com.haevn.stacks.StackSpec;
import com.hashicorp.cdktf.S3BackendConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where Terraform state lives, so that losing a region freezes nothing in the others. Each region of an environment
 * has its own state bucket, lock table and KMS key, and its regional stacks keep their state there. The primary
 * region's bucket is replicated to every other region, and every other region's bucket to the primary. Global stacks
 * keep their state in the primary region, or, while it is lost, in the replica of {@link StateSettings}' region. A
 * stack reads another's outputs from the copy in its own region.
 *
 * <p>"The primary" here is the state's home, the environment's first region ({@link #home}), which
 * {@code primary_region} does not move.
 *
 * <p>Names: the primary region's bucket is {@code haevn-<env>-tfstate-<account>} (as before regional state), another
 * region's {@code ...-<short>}; the primary's replica in region X {@code ...-replica-<X short>}, region X's replica in
 * the primary {@code ...-<X short>-replica}. Every region's lock table is {@code haevn-<env>-tfstate-lock}; every
 * region's key is {@code alias/haevn-<env>-tfstate}.
 */
public final class StateStorage {

    private StateStorage() {
    }

    /** The bucket of a region's own stacks. */
    public static String bucket(Environment environment, RegionConfig region) {
        String base = "haevn-" + environment.name() + "-tfstate-" + environment.accountId();
        return isPrimary(environment, region) ? base : base + "-" + region.region().shortCode();
    }

    /**
     * The replica in {@code destination} of {@code source}'s bucket; one of the two is the primary region.
     *
     * @throws IllegalArgumentException when neither is, or they are the same
     */
    public static String replicaBucket(Environment environment, RegionConfig source, RegionConfig destination) {
        if (source.equals(destination)) {
            throw new IllegalArgumentException("a bucket is not replicated into its own region " + source.region());
        }
        if (isPrimary(environment, source)) {
            return bucket(environment, source) + "-replica-" + destination.region().shortCode();
        }
        if (isPrimary(environment, destination)) {
            return bucket(environment, source) + "-replica";
        }
        throw new IllegalArgumentException("no replica of " + source.region() + "'s state in " + destination.region()
                + ": only the primary region's state is replicated to the other regions, and theirs to the primary");
    }

    /** A replication: the bucket of {@code source} copied into {@code destination}. */
    public record Replication(RegionConfig source, RegionConfig destination) {
    }

    /** Every replication of the environment: the primary to each other region, each other region to the primary. */
    public static List<Replication> replications(Environment environment) {
        RegionConfig primary = home(environment);
        List<Replication> replications = new ArrayList<>();
        for (RegionConfig other : environment.regions().subList(1, environment.regions().size())) {
            replications.add(new Replication(primary, other));
            replications.add(new Replication(other, primary));
        }
        return replications;
    }

    /** The lock table, the same name in every region. */
    public static String lockTable(Environment environment) {
        return "haevn-" + environment.name() + "-tfstate-lock";
    }

    /** The alias of every region's state key. */
    public static String keyAlias(Environment environment) {
        return "alias/haevn-" + environment.name() + "-tfstate";
    }

    /** The state object key of one stack: {@code <stack name>/terraform.tfstate}. */
    public static String key(String stackName) {
        if (stackName == null || stackName.isBlank()) {
            throw new IllegalArgumentException("stack name must not be blank");
        }
        return stackName + "/terraform.tfstate";
    }

    /** The S3 backend of a stack whose state is remote. */
    public static S3BackendConfig backend(StackSpec stack) {
        Environment environment = stack.environment();
        RemoteStateLocation home = stored(environment, stack.id());
        return S3BackendConfig.builder()
                .bucket(home.bucket())
                .key(home.key())
                .region(home.region())
                .dynamodbTable(lockTable(environment))
                .encrypt(true)
                .kmsKeyId("arn:aws:kms:" + home.region() + ":" + environment.accountId() + ":" + keyAlias(environment))
                .build();
    }

    /** Where {@code consumer} reads the state of {@code producer}: the copy in its own region. */
    public static RemoteStateLocation remoteState(StackId producer, StackSpec consumer) {
        Environment environment = consumer.environment();
        RegionConfig reader = consumer.region();
        RemoteStateLocation stored = stored(environment, producer);
        if (stored.region().equals(reader.region().name())) {
            return stored;
        }
        RegionConfig source = producer.location().equals(StackId.GLOBAL) ? home(environment)
                : region(environment, producer.location());
        if (reader.equals(source)) {
            // the reader's region holds the original, but the state moved away from it (a global stack failed over)
            return stored;
        }
        return new RemoteStateLocation(replicaBucket(environment, source, reader), key(producer.name()),
                reader.region().name());
    }

    /**
     * Where a stack of another environment (the platform's zone stack reads every environment's certificates) reads
     * {@code producer}'s state: where the producer writes it, in its own account, through that account's
     * {@linkplain #stateReaderRole state-reader role}.
     */
    public static RemoteStateLocation crossEnvironmentRemoteState(StackSpec producer) {
        RemoteStateLocation stored = stored(producer.environment(), producer.id());
        return new RemoteStateLocation(stored.bucket(), stored.key(), stored.region(),
                stateReaderRole(producer.environment()));
    }

    /**
     * The role of an environment's account that the platform stacks assume to read its state (read-only on its state
     * buckets and decrypt with its state keys): {@code arn:aws:iam::<account>:role/haevn-<env>-tfstate-reader}.
     */
    public static String stateReaderRole(Environment environment) {
        return "arn:aws:iam::" + environment.accountId() + ":role/haevn-" + environment.name() + "-tfstate-reader";
    }

    /** Where a stack's state is written. */
    private static RemoteStateLocation stored(Environment environment, StackId stack) {
        if (stack.location().equals(StackId.GLOBAL)) {
            AwsRegion failover = environment.settings(StateSettings.SECTION).globalStacksRegion();
            RegionConfig primary = home(environment);
            RegionConfig home = environment.regions().stream().filter(r -> r.region().equals(failover)).findFirst()
                    .orElse(primary);
            String bucket = home.equals(primary) ? bucket(environment, primary)
                    : replicaBucket(environment, primary, home);
            return new RemoteStateLocation(bucket, key(stack.name()), home.region().name());
        }
        RegionConfig region = region(environment, stack.location());
        return new RemoteStateLocation(bucket(environment, region), key(stack.name()), region.region().name());
    }

    private static RegionConfig region(Environment environment, String shortCode) {
        Optional<RegionConfig> region = environment.regions().stream()
                .filter(r -> r.region().shortCode().equals(shortCode)).findFirst();
        return region.orElseThrow(() -> new IllegalArgumentException("environment " + environment.name()
                + " has no region " + shortCode));
    }

    private static boolean isPrimary(Environment environment, RegionConfig region) {
        return home(environment).equals(region);
    }

    /**
     * The hub of the state storage: the environment's first region, whose bucket holds the global stacks' state and
     * keeps the plain name. It is not {@code primary_region}: moving the writers to another region must not rename
     * or move any state bucket, so the hub stays put and {@code state.global_stacks_region} alone says where the
     * global stacks' state is while the hub is lost (docs/state.md).
     */
    public static RegionConfig home(Environment environment) {
        return environment.regions().get(0);
    }

    /**
     * The bucket, key and region of one state object, and the role to assume to read it (null: the reader's own
     * credentials).
     */
    public record RemoteStateLocation(String bucket, String key, String region, String roleArn) {

        public RemoteStateLocation(String bucket, String key, String region) {
            this(bucket, key, region, null);
        }
    }
}
