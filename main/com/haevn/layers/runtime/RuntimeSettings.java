package com.haevn.layers.runtime;

import com.haevn.modules.runtime.AccessRole;
import com.haevn.modules.runtime.AddonVersions;
import com.haevn.modules.runtime.NodeGroupSpec;

import java.util.List;
import java.util.Objects;

/**
 * The {@code runtime} section of an environment file, shared by every region of the environment.
 *
 * @param kubernetesVersion     the control plane's version, in EKS standard support ({@code kubernetes_version})
 * @param publicAccessCidrs     who may reach the public API endpoint; empty: private only ({@code public_access_cidrs})
 * @param logRetentionDays      how long control-plane logs are kept ({@code control_plane_log_retention_days})
 * @param nodeGroups            the managed node groups ({@code node_groups})
 * @param addonVersions         the pinned core add-ons ({@code addon_versions})
 * @param accessRoles           IAM roles with access entries ({@code access_roles})
 */
public record RuntimeSettings(String kubernetesVersion, List<String> publicAccessCidrs, int logRetentionDays,
                              List<NodeGroupSpec> nodeGroups, AddonVersions addonVersions,
                              List<AccessRole> accessRoles) {

    public RuntimeSettings {
        Objects.requireNonNull(kubernetesVersion, "kubernetesVersion");
        Objects.requireNonNull(addonVersions, "addonVersions");
        publicAccessCidrs = List.copyOf(publicAccessCidrs);
        nodeGroups = List.copyOf(nodeGroups);
        accessRoles = List.copyOf(accessRoles);
    }
}
