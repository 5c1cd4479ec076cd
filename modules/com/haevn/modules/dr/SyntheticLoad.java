package com.haevn.modules.dr;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The seed's synthetic load of the game day: a Kubernetes Job the schedule starts in the cluster before the
 * experiment.
 *
 * @param image         the load generator's image, pinned by tag or digest (e.g. an ECR image of k6)
 * @param args          its arguments (the scenario: target URL, virtual users), as the container's {@code args}
 * @param namespace     the Kubernetes namespace the Job runs in; it must exist (a DNS label)
 * @param warmUpMinutes minutes the load runs before the experiment starts, 1 to 60
 * @param runMinutes    minutes the Job may run in all (its {@code activeDeadlineSeconds}); more than the warm-up
 */
public record SyntheticLoad(String image, List<String> args, String namespace, int warmUpMinutes, int runMinutes) {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    public SyntheticLoad {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(namespace, "namespace");
        args = List.copyOf(args);
        if (image.isBlank() || !(image.contains(":") || image.contains("@"))) {
            throw new IllegalArgumentException("pin the load image by tag or digest, got \"" + image + "\"");
        }
        if (!DNS_LABEL.matcher(namespace).matches()) {
            throw new IllegalArgumentException("\"" + namespace + "\" is not a Kubernetes namespace name");
        }
        if (warmUpMinutes < 1 || warmUpMinutes > 60) {
            throw new IllegalArgumentException("the warm-up is 1 to 60 minutes, got " + warmUpMinutes);
        }
        if (runMinutes <= warmUpMinutes) {
            throw new IllegalArgumentException("the load must run longer (" + runMinutes + " min) than its warm-up ("
                    + warmUpMinutes + " min), through the experiment");
        }
    }
}
