package com.haevn.modules.addons;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.helm.provider.HelmProvider;
import com.hashicorp.cdktf.providers.helm.release.Release;
import software.constructs.Construct;

import java.util.List;

/**
 * Custom resources installed as one Helm release of a chart that renders the objects of its {@code resources} value
 * as they are. The Kubernetes provider's {@code kubernetes_manifest} would need the custom resource definitions in
 * the cluster already when planning, and they arrive with the controllers' releases in the same apply; Helm checks
 * them only when it installs, after the releases this one depends on.
 */
public final class ManifestRelease {

    /** The values the manifest chart reads: the objects, rendered one document each. */
    record Values(List<KubernetesObject> resources) {
    }

    private ManifestRelease() {
    }

    /**
     * @param name      the release's name
     * @param namespace the release's namespace (its record; each object names its own namespace)
     * @param after     what must be installed first: the controllers that define and serve the custom resources
     */
    public static Release create(Construct scope, String id, HelmProvider provider, HelmChart chart, String name,
                                 String namespace, List<KubernetesObject> objects, List<ITerraformDependable> after) {
        if (objects.isEmpty()) {
            throw new IllegalArgumentException("release " + name + " has no object to install");
        }
        return ChartRelease.create(scope, id, provider, chart, name, namespace, new Values(List.copyOf(objects)),
                after);
    }
}
