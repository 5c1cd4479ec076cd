package com.haevn.layers.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The EKS release calendar the runtime section checks versions against. */
class KubernetesVersionsTest {

    @Test
    void should_give_every_version_fourteen_months_of_standard_support_as_eks_promises() {
        assertThat(KubernetesVersions.CALENDAR).allSatisfy(release ->
                assertThat(release.endOfStandardSupport()).as(release.version())
                        .isEqualTo(release.released().plusMonths(14)));
    }

    @Test
    void should_list_versions_in_release_order() {
        for (int i = 1; i < KubernetesVersions.CALENDAR.size(); i++) {
            assertThat(KubernetesVersions.CALENDAR.get(i).released())
                    .isAfter(KubernetesVersions.CALENDAR.get(i - 1).released());
        }
    }

    @Test
    void should_count_the_last_day_before_the_end_date_as_standard_support() {
        KubernetesVersions.Release release = KubernetesVersions.find("1.34").orElseThrow();

        assertThat(release.inStandardSupportOn(release.endOfStandardSupport().minusDays(1))).isTrue();
        assertThat(release.inStandardSupportOn(release.endOfStandardSupport())).isFalse();
        assertThat(release.inStandardSupportOn(release.released().minusDays(1))).isFalse();
        assertThat(KubernetesVersions.inStandardSupport()).isEqualTo("1.34 (until 2026-12-02), 1.35 (until 2027-03-27)");
    }
}
