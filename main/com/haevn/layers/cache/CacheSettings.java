package com.haevn.layers.cache;

import com.haevn.modules.cache.CacheUser;

import java.util.List;

/**
 * The {@code cache} section of an environment file, the same in every region of the environment.
 *
 * @param engineVersion         Redis version, 7.0 or newer ({@code engine_version})
 * @param nodeType              node type ({@code node_type})
 * @param shards                shards ({@code shards})
 * @param replicasPerShard      replicas per shard ({@code replicas_per_shard})
 * @param snapshotRetentionDays days a daily snapshot is kept ({@code snapshot_retention_days})
 * @param snapshotWindow        daily snapshot window in UTC ({@code snapshot_window})
 * @param slowLogRetentionDays  days the slow log is kept ({@code slow_log_retention_days})
 * @param users                 the IAM-authenticated application users ({@code users})
 * @param globalDatastore       link the environment's regions with a global datastore ({@code global_datastore})
 */
public record CacheSettings(String engineVersion, String nodeType, int shards, int replicasPerShard,
                            int snapshotRetentionDays, String snapshotWindow, int slowLogRetentionDays,
                            List<CacheUser> users, boolean globalDatastore) {

    public CacheSettings {
        users = List.copyOf(users);
    }
}
