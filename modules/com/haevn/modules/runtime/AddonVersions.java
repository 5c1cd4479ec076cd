package com.haevn.modules.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pinned versions of the core EKS add-ons, as {@code aws eks describe-addon-versions} lists them
 * ({@code v1.21.1-eksbuild.3}).
 *
 * @param vpcCni       {@code vpc-cni}: pod networking
 * @param coredns      {@code coredns}: cluster DNS
 * @param kubeProxy    {@code kube-proxy}: service routing; its minor version follows the cluster's
 * @param ebsCsiDriver {@code aws-ebs-csi-driver}: persistent volumes on EBS
 */
public record AddonVersions(String vpcCni, String coredns, String kubeProxy, String ebsCsiDriver) {

    /** How EKS add-on versions read: {@code v<major>.<minor>.<patch>-eksbuild.<build>}. */
    public static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)-eksbuild\\.(\\d+)");

    public AddonVersions {
        for (String version : new String[] {vpcCni, coredns, kubeProxy, ebsCsiDriver}) {
            Objects.requireNonNull(version, "add-on version");
            if (!VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException("an EKS add-on version reads like v1.21.1-eksbuild.3, got " + version);
            }
        }
    }
}
