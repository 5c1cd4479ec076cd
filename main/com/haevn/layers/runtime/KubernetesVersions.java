package com.haevn.layers.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Kubernetes versions EKS offers, with the day each reached EKS and the day its standard support ends (from then
 * on a cluster on it pays for extended support, and later is upgraded by AWS). A version is accepted when it is in
 * standard support on {@link #READ_ON}, the day the table was read, so the same files give the same answer every
 * day; refresh the table (and that date) when EKS publishes a version or a date.
 */
final class KubernetesVersions {

    /**
     * The day the release dates below were read: the "Amazon EKS Kubernetes release calendar" of the EKS user guide
     * (1.29 to 1.34) and, for 1.35, the same calendar as quoted by public EKS lifecycle trackers.
     */
    static final LocalDate READ_ON = LocalDate.of(2026, 12, 1);

    /**
     * One row of the calendar.
     *
     * @param version            the minor version, e.g. {@code 1.35}
     * @param released           the day EKS made it available
     * @param endOfStandardSupport the first day it is no longer in standard support
     */
    record Release(String version, LocalDate released, LocalDate endOfStandardSupport) {

        boolean inStandardSupportOn(LocalDate day) {
            return !day.isBefore(released) && day.isBefore(endOfStandardSupport);
        }
    }

    static final List<Release> CALENDAR = List.of(
            new Release("1.29", LocalDate.of(2024, 1, 23), LocalDate.of(2025, 3, 23)),
            new Release("1.30", LocalDate.of(2024, 5, 23), LocalDate.of(2025, 7, 23)),
            new Release("1.31", LocalDate.of(2024, 9, 26), LocalDate.of(2025, 11, 26)),
            new Release("1.32", LocalDate.of(2025, 1, 23), LocalDate.of(2026, 3, 23)),
            new Release("1.33", LocalDate.of(2025, 5, 29), LocalDate.of(2026, 7, 29)),
            new Release("1.34", LocalDate.of(2025, 10, 2), LocalDate.of(2026, 12, 2)),
            new Release("1.35", LocalDate.of(2026, 1, 27), LocalDate.of(2027, 3, 27)));

    private KubernetesVersions() {
    }

    static Optional<Release> find(String version) {
        return CALENDAR.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** The versions in standard support on {@link #READ_ON}, with their end dates, for messages. */
    static String inStandardSupport() {
        return CALENDAR.stream().filter(r -> r.inStandardSupportOn(READ_ON))
                .map(r -> r.version() + " (until " + r.endOfStandardSupport() + ")")
                .collect(Collectors.joining(", "));
    }
}
