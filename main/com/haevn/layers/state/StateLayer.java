package com.haevn.layers.state;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;
import com.haevn.environment.SettingsSection;
import com.haevn.modules.state.StateBucket;
import com.haevn.modules.state.StateBucketProps;
import com.haevn.modules.state.StateReplication;
import com.haevn.modules.state.StateReplicationProps;
import com.haevn.modules.state.StateStore;
import com.haevn.modules.state.StateStoreProps;
import com.haevn.modules.validation.Suppressions;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.haevn.stacks.StateLocation;
import com.haevn.stacks.state.StateSettings;
import com.haevn.stacks.state.StateStorage;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import software.constructs.Construct;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bootstrap stack of an environment ({@code <env>-global-state}): in every region of the environment the KMS key,
 * state bucket and lock table that region's stacks keep their state in, the replicas of the buckets in the other
 * regions, and the replication between them ({@link StateStorage}). It keeps its own state locally, since the
 * buckets do not exist before it is applied.
 */
public final class StateLayer implements Layer {

    public static final String NAME = "state";

    private static final String NOT_PLATFORM_DATA = "holds Terraform state, not the platform's object storage:"
            + " versioned, replicated to the other region, and lost state can be rebuilt by importing the resources";

    /**
     * The addresses the primary region's state resources had before state became regional (one bucket and table per
     * environment, construct {@code state-backend}), by their path in the primary's {@link StateStore}: moved blocks
     * let an existing bootstrap state follow without destroying anything.
     */
    private static final Map<String, String> ADDRESSES_BEFORE_REGIONAL_STATE = Map.of(
            "state/bucket", "aws_s3_bucket.state-backend_bucket_6C18FF55",
            "state/versioning", "aws_s3_bucket_versioning.state-backend_versioning_3C07FD50",
            "state/encryption", "aws_s3_bucket_server_side_encryption_configuration.state-backend_encryption_FD549AB9",
            "state/public-access-block", "aws_s3_bucket_public_access_block.state-backend_public-access-block_25DD5736",
            "state/ownership", "aws_s3_bucket_ownership_controls.state-backend_ownership_A117272C",
            "state/tls-only-policy", "aws_s3_bucket_policy.state-backend_tls-only-policy_8516F93C",
            "state/lifecycle", "aws_s3_bucket_lifecycle_configuration.state-backend_lifecycle_E69F15DF",
            "lock-table", "aws_dynamodb_table.state-backend_lock-table_A169D93E");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.GLOBAL;
    }

    @Override
    public StateLocation stateLocation() {
        return StateLocation.LOCAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(StateSettings.SECTION);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        Map<RegionConfig, StateStore> stores = new LinkedHashMap<>();
        for (RegionConfig region : environment.regions()) {
            String code = region.region().shortCode();
            StateStore store = new StateStore(stack, "state-" + code, StateStoreProps.builder()
                    .bucketName(StateStorage.bucket(environment, region))
                    .lockTableName(StateStorage.lockTable(environment))
                    .keyAlias(StateStorage.keyAlias(environment))
                    .provider(stack.awsProviderFor(region))
                    .build());
            suppressDisasterRecovery(store.bucket().bucket());
            stores.put(region, store);
            TerraformOutput.Builder.create(stack, "state_bucket_" + code).value(store.bucket().bucket().getBucket())
                    .build();
            TerraformOutput.Builder.create(stack, "state_key_arn_" + code).value(store.key().getArn()).build();
        }
        StateStore primary = stores.get(StateStorage.home(environment));
        TerraformOutput.Builder.create(stack, "lock_table").value(primary.lockTable().getName()).build();
        new TreeMap<>(ADDRESSES_BEFORE_REGIONAL_STATE).forEach((path, address) -> resourceAt(primary, path).moveFromId(address));

        Map<RegionConfig, List<StateReplicationProps.Destination>> destinations = new LinkedHashMap<>();
        for (StateStorage.Replication replication : StateStorage.replications(environment)) {
            RegionConfig to = replication.destination();
            StateStore target = stores.get(to);
            StateBucket replica = new StateBucket(stack, "replica-" + replication.source().region().shortCode()
                    + "-in-" + to.region().shortCode(), StateBucketProps.builder()
                    .bucketName(StateStorage.replicaBucket(environment, replication.source(), to))
                    .kmsKeyArn(target.key().getArn())
                    .provider(stack.awsProviderFor(to))
                    .build());
            suppressDisasterRecovery(replica.bucket());
            destinations.computeIfAbsent(replication.source(), r -> new ArrayList<>())
                    .add(new StateReplicationProps.Destination(replica, target.key().getArn()));
        }
        destinations.forEach((source, targets) -> {
            StateStore store = stores.get(source);
            AwsProvider provider = stack.awsProviderFor(source);
            StateReplication replication = new StateReplication(stack, "replication-" + source.region().shortCode(),
                    StateReplicationProps.builder()
                            .roleName("haevn-" + environment.name() + "-tfstate-replication-" + source.region().shortCode())
                            .source(store.bucket(), store.key().getArn())
                            .destinations(targets)
                            .provider(provider)
                            .build());
            Suppressions.suppress(replication.configuration(), "HVN-DR-002", "replicates Terraform state, not the"
                    + " platform's object storage: minutes of lag only delay reading another region's outputs");
        });
    }

    private static TerraformResource resourceAt(Construct root, String path) {
        IConstruct current = root;
        for (String id : path.split("/")) {
            current = current.getNode().findChild(id);
        }
        return (TerraformResource) current;
    }

    private static void suppressDisasterRecovery(S3Bucket bucket) {
        Suppressions.suppress(bucket, "HVN-DR-001", NOT_PLATFORM_DATA);
        Suppressions.suppress(bucket, "HVN-S3-007", "Terraform state: versioned and replicated, superseded versions"
                + " expire by lifecycle (so no MFA delete), and lost state can be rebuilt by importing the resources");
    }
}
