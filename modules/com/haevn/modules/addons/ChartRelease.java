package com.haevn.modules.addons;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.release.Release;
import software.constructs.Construct;

import java.util.List;

/**
 * A Helm release with the project's defaults: the pinned chart, typed values written by {@link HelmValues}, atomic
 * (a failed install or upgrade rolls back), {@value #MAX_HISTORY} revisions kept, waiting for the workloads to be
 * ready within {@value #TIMEOUT_SECONDS} s.
 */
public final class ChartRelease {

    /** Revisions Helm keeps per release (for {@code helm rollback}). */
    public static final int MAX_HISTORY = 10;
    /** How long an install or upgrade may take before it is rolled back, in seconds. */
    public static final int TIMEOUT_SECONDS = 600;

    private ChartRelease() {
    }

    public static Release create(Construct scope, String id, HelmProvider provider, HelmChart chart, String name,
                                 String namespace, Object values, List<ITerraformDependable> after) {
        return Release.Builder.create(scope, id)
                .provider(provider)
                .name(name)
                .namespace(namespace)
                .repository(chart.repository())
                .chart(chart.chart())
                .version(chart.version())
                .values(List.of(HelmValues.json(values)))
                .atomic(true)
                .cleanupOnFail(true)
                .wait(true)
                .timeout(TIMEOUT_SECONDS)
                .maxHistory(MAX_HISTORY)
                .dependsOn(after)
                .build();
    }
}
