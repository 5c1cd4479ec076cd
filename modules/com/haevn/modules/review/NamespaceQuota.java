package com.haevn.modules.review;

import java.util.Objects;

/**
 * What one review namespace may use: its pods' summed requests and limits of CPU and memory, and its pod count. It
 * may create no Service of type LoadBalancer or NodePort (traffic enters only through the front door).
 *
 * @param cpu    CPU, a Kubernetes quantity ({@code 2}, {@code 1500m})
 * @param memory memory, a Kubernetes quantity ({@code 4Gi})
 * @param pods   pods
 */
public record NamespaceQuota(String cpu, String memory, int pods) {

    public NamespaceQuota {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        if (pods < 1) {
            throw new IllegalArgumentException("a review namespace needs at least one pod, got " + pods);
        }
    }
}
