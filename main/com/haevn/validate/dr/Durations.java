package com.haevn.validate.dr;

import java.time.Duration;

/** Reads durations the way the RPO/RTO table writes them. */
final class Durations {

    private Durations() {
    }

    static String format(Duration duration) {
        if (duration.getNano() != 0) {
            return duration.toMillis() + " ms"; // only targets given in code can be finer than a second
        }
        long seconds = duration.getSeconds();
        // like the seed's table: "60 s" and "60 m" rather than "1 min" and "1 h"
        if (seconds <= 60 || seconds % 60 != 0) {
            return seconds + " s";
        }
        if (seconds <= 3600 || seconds % 3600 != 0) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h";
    }
}
