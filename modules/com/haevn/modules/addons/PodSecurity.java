package com.haevn.modules.addons;

import java.util.Map;

/** The Pod Security Admission labels of the namespaces the platform creates. */
public final class PodSecurity {

    /** Enforce, audit and warn at the {@code restricted} standard: no privileged or root pods. */
    public static final Map<String, String> RESTRICTED = Map.of(
            "pod-security.kubernetes.io/enforce", "restricted",
            "pod-security.kubernetes.io/audit", "restricted",
            "pod-security.kubernetes.io/warn", "restricted");

    private PodSecurity() {
    }
}
