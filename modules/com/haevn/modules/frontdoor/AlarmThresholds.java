package com.haevn.modules.frontdoor;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * When the per-colour alarms fire: each evaluates one-minute periods and fires when every one of the last
 * {@code evaluationMinutes} breaches.
 *
 * @param target5xxPercent  the share of a colour's requests answered 5xx by its targets, in percent, above which it
 *                          alarms (more than 0, at most 100)
 * @param unhealthyHosts    the number of unhealthy targets of a colour at which it alarms (at least 1)
 * @param evaluationMinutes how many consecutive minutes must breach (1 to 60)
 */
public record AlarmThresholds(BigDecimal target5xxPercent, int unhealthyHosts, int evaluationMinutes) {

    public AlarmThresholds {
        Objects.requireNonNull(target5xxPercent, "target5xxPercent");
        if (target5xxPercent.signum() <= 0 || target5xxPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the 5xx threshold is a percentage above 0 and at most 100, got "
                    + target5xxPercent);
        }
        if (unhealthyHosts < 1) {
            throw new IllegalArgumentException("the unhealthy-host threshold is at least 1, got " + unhealthyHosts);
        }
        if (evaluationMinutes < 1 || evaluationMinutes > 60) {
            throw new IllegalArgumentException("alarms evaluate 1 to 60 minutes, got " + evaluationMinutes);
        }
    }
}
