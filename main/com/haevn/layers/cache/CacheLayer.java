package com.haevn.layers.cache;

import com.haevn.environment.SettingsSection;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.modules.cache.RedisCluster;
import com.haevn.modules.cache.RedisClusterProps;
import com.haevn.modules.validation.Suppressions;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the seed's "ElastiCache (Redis Cluster Mode), read replicas in each AZ" from the
 * {@code cache} section, in the region's private subnets, open to the region's cluster nodes only. With
 * {@code global_datastore} (staging and production) the stack of the environment's first region creates the
 * global datastore and the other region's stack joins it, reading its id from the first region's exports: the one
 * cross-region read of this layer, one way. The creator stays in the first region whatever {@code primary_region}
 * says: promoting the other region's group (docs/runbook-region-switch.md) changes no configuration. Publishes
 * {@link CacheExports}.
 */
public final class CacheLayer implements Layer {

    public static final String NAME = "cache";
    /** The {@code cache} section of the environment files. */
    public static final SettingsSection<CacheSettings> SETTINGS = new CacheSettingsSection();

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    /** The global datastore's id, created by the first region's stack and read by the others. */
    static final Import<CacheExports> FIRST = Import.firstRegion(CacheExports.KEY);

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
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME, FIRST);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        CacheSettings settings = stack.environment().settings(SETTINGS);
        NetworkExports network = exports.read(NETWORK);
        String name = "haevn-" + stack.environment().name() + "-" + stack.region().region().shortCode();
        RedisClusterProps.Builder props = RedisClusterProps.builder()
                .name(name)
                .region(stack.region().region().name())
                .accountId(stack.environment().accountId())
                .vpcId(network.vpcId())
                .subnetIds(network.privateSubnetIds())
                .clientSecurityGroupId(exports.read(RUNTIME).nodeSecurityGroupId())
                .engineVersion(settings.engineVersion())
                .nodeType(settings.nodeType())
                .shards(settings.shards())
                .replicasPerShard(settings.replicasPerShard())
                .snapshotRetentionDays(settings.snapshotRetentionDays())
                .snapshotWindow(settings.snapshotWindow())
                .slowLogRetentionDays(settings.slowLogRetentionDays())
                .users(settings.users());
        boolean firstRegion = stack.region().equals(stack.environment().regions().get(0));
        if (settings.globalDatastore() && firstRegion) {
            props.primaryOfGlobalDatastore("haevn-" + stack.environment().name() + "-cache");
        } else if (settings.globalDatastore()) {
            props.secondaryOfGlobalDatastore(exports.read(FIRST).globalDatastoreId());
        }
        RedisCluster cache = new RedisCluster(stack, "cache", props.build());
        String globalDatastoreId;
        if (settings.globalDatastore()) {
            globalDatastoreId = cache.globalDatastore()
                    .map(global -> global.getGlobalReplicationGroupId())
                    .orElseGet(() -> cache.group().getGlobalReplicationGroupId());
        } else {
            globalDatastoreId = "";
        }
        if (!settings.globalDatastore() && !stack.environment().tier().requiresHighAvailability()) {
            Suppressions.suppress(cache.group(), "HVN-DR-001", "the " + stack.environment().tier().yamlValue()
                    + " tier runs one region and needs no cross-region copy of its cache (the tier rule of the cache "
                    + "section: only staging and production must set global_datastore)");
        }
        exports.publish(CacheExports.KEY, new CacheExports(
                cache.group().getId(),
                cache.group().getArn(),
                cache.group().getConfigurationEndpointAddress(),
                String.valueOf(RedisClusterProps.PORT),
                cache.securityGroup().getId(),
                globalDatastoreId,
                cache.users().group().getUserGroupId(),
                cache.users().userIds(),
                cache.users().userArns(),
                cache.key().arn()));
    }
}
