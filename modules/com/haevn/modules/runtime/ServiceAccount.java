package com.haevn.modules.runtime;

import java.util.Objects;

/**
 * A Kubernetes service account, the only identity an IRSA role trusts.
 *
 * @param namespace its namespace, e.g. {@code kube-system}
 * @param name      its name, e.g. {@code ebs-csi-controller-sa}
 */
public record ServiceAccount(String namespace, String name) {

    public ServiceAccount {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    /** The {@code sub} claim of its projected tokens: {@code system:serviceaccount:NAMESPACE:NAME}. */
    public String subject() {
        return "system:serviceaccount:" + namespace + ":" + name;
    }
}
