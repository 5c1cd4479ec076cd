package com.haevn.modules.traffic;

import java.util.Objects;

/**
 * How Cloudflare probes each region's ALB: HTTPS GET of {@code path} on 443 with the load balancer's host name (so
 * the certificate is checked against it) and the origin header the ALB requires, expecting 200.
 *
 * @param path              the path probed, e.g. {@code /healthz}
 * @param intervalSeconds   seconds between probes (15 to 3600; below 60 needs a Load Balancing plan that allows it)
 * @param timeoutSeconds    seconds a probe may take (1 to 10, below the interval)
 * @param retries           immediate retries before a probe counts as failed (0 to 5)
 * @param originHeaderName  the header the front door requires
 * @param originHeaderValue its value: a reference to a sensitive variable, never a literal
 */
public record HealthMonitor(String path, int intervalSeconds, int timeoutSeconds, int retries,
                            String originHeaderName, String originHeaderValue) {

    public HealthMonitor {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(originHeaderName, "originHeaderName");
        Objects.requireNonNull(originHeaderValue, "originHeaderValue");
        if (intervalSeconds < 15 || intervalSeconds > 3600 || timeoutSeconds < 1 || timeoutSeconds > 10
                || timeoutSeconds >= intervalSeconds || retries < 0 || retries > 5) {
            throw new IllegalArgumentException("monitor: interval 15..3600 s, timeout 1..10 s below it, retries 0..5; "
                    + "got " + intervalSeconds + " s, " + timeoutSeconds + " s, " + retries);
        }
    }
}
