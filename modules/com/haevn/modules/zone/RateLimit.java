package com.haevn.modules.zone;

import java.util.List;
import java.util.Objects;

/**
 * A rate-limiting rule ({@code http_ratelimit}) of one host scope: more than {@code requests} requests from one
 * client address (per Cloudflare data centre) within {@code periodSeconds} block that client for
 * {@code timeoutSeconds}.
 *
 * @param name           what it is for, in the rule's description
 * @param pathPrefixes   the paths it counts (prefixes of the URI path, e.g. {@code /login}); empty counts every path
 * @param requests       requests allowed per period
 * @param periodSeconds  the counting period, in seconds
 * @param timeoutSeconds how long a client is blocked, in seconds
 */
public record RateLimit(String name, List<String> pathPrefixes, int requests, int periodSeconds, int timeoutSeconds) {

    public RateLimit {
        Objects.requireNonNull(name, "name");
        pathPrefixes = List.copyOf(pathPrefixes);
        if (requests < 1 || periodSeconds < 1 || timeoutSeconds < 0) {
            throw new IllegalArgumentException("rate limit " + name + ": requests and period must be positive and "
                    + "the timeout not negative, got " + requests + " per " + periodSeconds + " s, " + timeoutSeconds
                    + " s");
        }
    }

    /** Requests per second it allows, to compare rules. */
    public double requestsPerSecond() {
        return (double) requests / periodSeconds;
    }
}
