package com.haevn.layers.traffic;

/**
 * The {@code traffic} section of an environment file: how Cloudflare's monitor probes each region.
 *
 * @param intervalSeconds seconds between probes ({@code monitor.interval_seconds})
 * @param timeoutSeconds  seconds a probe may take ({@code monitor.timeout_seconds})
 * @param retries         immediate retries before a probe fails ({@code monitor.retries})
 */
public record TrafficSettings(int intervalSeconds, int timeoutSeconds, int retries) {
}
