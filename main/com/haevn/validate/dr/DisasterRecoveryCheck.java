package com.haevn.validate.dr;

import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.DocumentIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Assesses each asset of the RPO/RTO table an input holds against the cross-region mechanism found for it:
 * HVN-DR-001 (error) no mechanism, HVN-DR-002 (warning) the documented figures cannot meet the target,
 * HVN-DR-003 (note) met, or met on typical figures without a guarantee. Inputs without the asset, and child
 * modules, get nothing.
 */
public final class DisasterRecoveryCheck implements DocumentCheck {

    public static final RuleInfo NO_MECHANISM = new RuleInfo("HVN-DR-001", Severity.ERROR,
            "Each RPO/RTO asset has a cross-region replication mechanism",
            "Prod runs in two active regions with RPO/RTO targets per asset (the seed's table: Core DB 15 s / 60"
                    + " min, Object Storage 60 s / 4 h, Redis 5 s / 30 min; the project's own stacks use their"
                    + " environment's recovery_targets, other inputs a --recovery-targets file); without cross-region"
                    + " replication a region loss loses everything since the last backup. Judged in root configurations only, as are DR-002 and"
                    + " DR-003: a child module holds part of a deployment, and what replicates it may be its caller's.",
            "Core DB: an aws_rds_global_cluster with the regional Aurora clusters as members. Object Storage: an "
                    + "aws_s3_bucket_replication_configuration to the other region with replication_time enabled. "
                    + "Redis: an aws_elasticache_global_replication_group.").onlyInRoots();

    public static final RuleInfo CANNOT_MEET = new RuleInfo("HVN-DR-002", Severity.WARNING,
            "The replication mechanism's documented bound can meet the asset's RPO/RTO",
            "A target the mechanism cannot meet is a promise nobody can keep: either the mechanism or the target "
                    + "has to change, and the change-control review must know which.",
            "Change the mechanism (e.g. application-level dual writes for objects that need seconds) or record "
                    + "the achievable target in the RPO/RTO table and suppress this finding with that reason.")
            .onlyInRoots();

    public static final RuleInfo MET = new RuleInfo("HVN-DR-003", Severity.NOTE,
            "The replication mechanism meets the asset's RPO/RTO (guaranteed or on typical figures)",
            "Records which mechanism carries each target and whether AWS guarantees the bound or only describes "
                    + "typical figures, so the DR review sees what is best effort.",
            "Nothing to fix; monitor replication lag (AuroraGlobalDBReplicationLag, ReplicationLatency, "
                    + "GlobalDatastoreReplicationLag) against the target.").onlyInRoots();

    private final RootConfigurations roots;
    private final RecoveryTargetsByStack targets;

    /** The seed's targets for every input; roots detected from the inputs' contents. */
    public DisasterRecoveryCheck() {
        this(RootConfigurations.detect(), RecoveryTargetsByStack.seed());
    }

    public DisasterRecoveryCheck(RootConfigurations roots, RecoveryTargetsByStack targets) {
        this.roots = roots;
        this.targets = targets;
    }

    @Override
    public String name() {
        return "disaster-recovery";
    }

    @Override
    public List<Finding> check(LoadedDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (!roots.isRoot(document)) {
            return findings;
        }
        for (AssetAssessment assessment : AssetAssessor.assess(DocumentIndex.of(document),
                targets.forDocument(document))) {
            RuleInfo rule = switch (assessment.verdict()) {
                case NO_MECHANISM -> NO_MECHANISM;
                case CANNOT_MEET -> CANNOT_MEET;
                case MEETS, BEST_EFFORT -> MET;
            };
            findings.add(rule.finding(document.locations().locate(assessment.pointer()), assessment.address(),
                    message(assessment)));
        }
        return findings;
    }

    static String message(AssetAssessment assessment) {
        String asset = assessment.asset().describe(assessment.target());
        if (assessment.mechanism().isEmpty()) {
            return asset + ": no cross-region replication found in this input";
        }
        ReplicationMechanism mechanism = assessment.mechanism().get();
        String verdict = switch (assessment.verdict()) {
            case MEETS -> "meets the target with a guaranteed bound";
            case BEST_EFFORT -> "meets the target on typical figures only (best effort, not guaranteed)";
            default -> "cannot be shown to meet the target";
        };
        return asset + ": " + mechanism.name() + " " + verdict + "; " + mechanism.documentation();
    }
}
