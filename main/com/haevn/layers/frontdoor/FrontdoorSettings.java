package com.haevn.layers.frontdoor;

import com.haevn.modules.frontdoor.AlarmThresholds;
import com.haevn.modules.frontdoor.Weights;

import java.util.List;
import java.util.Objects;

/**
 * The {@code frontdoor} section of an environment file, shared by every region of the environment.
 *
 * @param originIpv4Ranges       the IPv4 blocks admitted: Cloudflare's published ranges ({@code origin_ranges.ipv4})
 * @param originIpv6Ranges       the IPv6 blocks admitted ({@code origin_ranges.ipv6})
 * @param originHeader           the header Cloudflare adds and the ALB requires ({@code origin_header})
 * @param targetPort             the port the pods serve on ({@code target_port})
 * @param healthCheckPath        what both target groups probe ({@code health_check_path})
 * @param initialWeights         the weights the forward starts with ({@code initial_weights})
 * @param alarmThresholds        when the per-colour alarms fire ({@code alarms})
 * @param accessLogRetentionDays how long access logs are kept ({@code access_log_retention_days})
 */
public record FrontdoorSettings(List<String> originIpv4Ranges, List<String> originIpv6Ranges, String originHeader,
                                int targetPort, String healthCheckPath, Weights initialWeights,
                                AlarmThresholds alarmThresholds, int accessLogRetentionDays) {

    public FrontdoorSettings {
        originIpv4Ranges = List.copyOf(originIpv4Ranges);
        originIpv6Ranges = List.copyOf(originIpv6Ranges);
        Objects.requireNonNull(originHeader, "originHeader");
        Objects.requireNonNull(healthCheckPath, "healthCheckPath");
        Objects.requireNonNull(initialWeights, "initialWeights");
        Objects.requireNonNull(alarmThresholds, "alarmThresholds");
    }
}
