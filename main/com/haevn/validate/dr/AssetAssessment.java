package com.haevn.validate.dr;

import java.time.Duration;
import java.util.Optional;

/**
 * One asset's DR assessment in one input.
 *
 * @param asset     the asset of the RPO/RTO table
 * @param mechanism the replication mechanism found, if any
 * @param verdict   how it measures up
 * @param address   the resource the assessment points at (the mechanism, or the first resource of the asset)
 * @param pointer   that resource's JSON Pointer
 */
public record AssetAssessment(RecoveryAsset asset, Optional<ReplicationMechanism> mechanism, Verdict verdict,
                              String address, String pointer) {

    /** Judges a mechanism's documented figures against the asset's targets. */
    static Verdict judge(RecoveryAsset asset, ReplicationMechanism mechanism) {
        boolean rtoTooSlow = mechanism.typicalRto().filter(rto -> rto.compareTo(asset.rto()) > 0).isPresent();
        Optional<Duration> guaranteed = mechanism.guaranteedRpo();
        if (guaranteed.isPresent()) {
            return guaranteed.get().compareTo(asset.rpo()) <= 0 && !rtoTooSlow ? Verdict.MEETS : Verdict.CANNOT_MEET;
        }
        boolean typicalWithin = mechanism.typicalRpo().filter(rpo -> rpo.compareTo(asset.rpo()) <= 0).isPresent();
        return typicalWithin && !rtoTooSlow ? Verdict.BEST_EFFORT : Verdict.CANNOT_MEET;
    }
}
