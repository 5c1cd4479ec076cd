package com.haevn.validate.dr;

import java.time.Duration;
import java.util.List;

/** The assets of the platform's RPO/RTO table, with their targets and the resource types that hold them. */
public enum RecoveryAsset {

    CORE_DB("Core DB", Duration.ofSeconds(15), Duration.ofMinutes(60), List.of("aws_rds_cluster", "aws_db_instance")),
    OBJECT_STORAGE("Object Storage", Duration.ofSeconds(60), Duration.ofHours(4), List.of("aws_s3_bucket")),
    REDIS("Redis", Duration.ofSeconds(5), Duration.ofMinutes(30), List.of("aws_elasticache_replication_group"));

    private final String label;
    private final Duration rpo;
    private final Duration rto;
    private final List<String> resourceTypes;

    RecoveryAsset(String label, Duration rpo, Duration rto, List<String> resourceTypes) {
        this.label = label;
        this.rpo = rpo;
        this.rto = rto;
        this.resourceTypes = resourceTypes;
    }

    public String label() {
        return label;
    }

    public Duration rpo() {
        return rpo;
    }

    public Duration rto() {
        return rto;
    }

    /** The types whose presence in an input means the input holds this asset. */
    public List<String> resourceTypes() {
        return resourceTypes;
    }

    /** "Core DB (RPO 15 s, RTO 60 min)". */
    public String describe() {
        return label + " (RPO " + Durations.format(rpo) + ", RTO " + Durations.format(rto) + ")";
    }
}
