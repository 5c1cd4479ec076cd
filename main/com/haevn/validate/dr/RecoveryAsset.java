package com.haevn.validate.dr;

import java.util.List;

/**
 * The assets of the platform's RPO/RTO table, with the resource types that hold them and the key that names them
 * in environment files and targets files. Their targets are input: {@link RecoveryTargets}.
 */
public enum RecoveryAsset {

    CORE_DB("Core DB", "core_db", List.of("aws_rds_cluster", "aws_db_instance")),
    OBJECT_STORAGE("Object Storage", "object_storage", List.of("aws_s3_bucket")),
    REDIS("Redis", "redis", List.of("aws_elasticache_replication_group"));

    private final String label;
    private final String key;
    private final List<String> resourceTypes;

    RecoveryAsset(String label, String key, List<String> resourceTypes) {
        this.label = label;
        this.key = key;
        this.resourceTypes = resourceTypes;
    }

    public String label() {
        return label;
    }

    /** Its key under {@code recovery_targets}: {@code core_db}, {@code object_storage}, {@code redis}. */
    public String key() {
        return key;
    }

    /** The types whose presence in an input means the input holds this asset. */
    public List<String> resourceTypes() {
        return resourceTypes;
    }

    /** "Core DB (RPO 15 s, RTO 60 min)". */
    public String describe(RecoveryTarget target) {
        return label + " (" + target.describe() + ")";
    }
}
