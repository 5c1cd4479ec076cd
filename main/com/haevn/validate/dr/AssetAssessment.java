package com.haevn.validate.dr;

import java.time.Duration;
import java.util.Optional;

/**
 * One asset's DR assessment in one input.
 *
 * @param asset     the asset of the RPO/RTO table
 * @param target    the asset's RPO/RTO target applied to this input
 * @param mechanism the replication mechanism found, if any
 * @param verdict   how it measures up
 * @param address   the resource the assessment points at (the mechanism, or the first resource of the asset)
 * @param pointer   that resource's JSON Pointer
 */
public record AssetAssessment(RecoveryAsset asset, RecoveryTarget target, Optional<ReplicationMechanism> mechanism,
                              Verdict verdict, String address, String pointer) {

    /** Judges a mechanism's documented figures against a target. */
    static Verdict judge(RecoveryTarget target, ReplicationMechanism mechanism) {
        boolean rtoTooSlow = mechanism.typicalRto().filter(rto -> rto.compareTo(target.rto()) > 0).isPresent();
        Optional<Duration> guaranteed = mechanism.guaranteedRpo();
        if (guaranteed.isPresent()) {
            return guaranteed.get().compareTo(target.rpo()) <= 0 && !rtoTooSlow ? Verdict.MEETS : Verdict.CANNOT_MEET;
        }
        boolean typicalWithin = mechanism.typicalRpo().filter(rpo -> rpo.compareTo(target.rpo()) <= 0).isPresent();
        return typicalWithin && !rtoTooSlow ? Verdict.BEST_EFFORT : Verdict.CANNOT_MEET;
    }
}
