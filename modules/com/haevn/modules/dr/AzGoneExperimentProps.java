package com.haevn.modules.dr;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings of an {@link AzGoneExperiment}. Names derive from {@code namePrefix}: role and log group
 * {@code <prefix>-az-gone}.
 *
 * @param namePrefix        prefix of every name, with the region: {@code haevn-prod-use1}
 * @param accountId         the account (12 digits)
 * @param region            the region, e.g. {@code us-east-1}
 * @param availabilityZone  the AZ taken away, e.g. {@code us-east-1a}; it must be in {@code region}
 * @param vpcId             the VPC whose subnets in that AZ lose their connectivity
 * @param subnetTags        tags the subnets carry (all of them)
 * @param clusterName       the EKS cluster whose nodes in the AZ are stopped (EKS tags them
 *                          {@code eks:cluster-name})
 * @param databaseTags      tags of the Aurora clusters whose writer is failed over out of the AZ (all of them)
 * @param cacheTags         tags of the ElastiCache replication groups whose nodes in the AZ lose power (all of them)
 * @param duration          how long the AZ stays away, ISO 8601 ({@code PT30M}); 1 minute to 12 hours
 * @param stopAlarmArns     CloudWatch alarms that stop the experiment when they fire; at least one
 * @param logRetentionDays  how long the experiment's log is kept, in days
 */
public record AzGoneExperimentProps(String namePrefix, String accountId, String region, String availabilityZone,
                                    String vpcId, Map<String, String> subnetTags, String clusterName,
                                    Map<String, String> databaseTags, Map<String, String> cacheTags, String duration,
                                    List<String> stopAlarmArns, int logRetentionDays) {

    /** The longest duration of the network disruption FIS accepts. */
    public static final Duration MAX_DURATION = Duration.ofHours(12);

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public AzGoneExperimentProps {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(availabilityZone, "availabilityZone");
        Objects.requireNonNull(vpcId, "vpcId");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(duration, "duration");
        subnetTags = sorted(subnetTags, "subnetTags");
        databaseTags = sorted(databaseTags, "databaseTags");
        cacheTags = sorted(cacheTags, "cacheTags");
        stopAlarmArns = List.copyOf(stopAlarmArns);
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        if (!availabilityZone.startsWith(region) || availabilityZone.length() != region.length() + 1) {
            throw new IllegalArgumentException("availabilityZone must be an AZ of " + region + " such as " + region
                    + "a, got " + availabilityZone);
        }
        Duration parsed = parse(duration);
        if (parsed.compareTo(Duration.ofMinutes(1)) < 0 || parsed.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be between PT1M and PT12H, got " + duration);
        }
        if (stopAlarmArns.isEmpty()) {
            throw new IllegalArgumentException("an experiment that takes an AZ away needs at least one stop alarm");
        }
        if (logRetentionDays < 1) {
            throw new IllegalArgumentException("logRetentionDays must be at least 1, got " + logRetentionDays);
        }
    }

    /** The ISO 8601 duration as a {@link Duration}; refuses anything else. */
    public static Duration parse(String duration) {
        try {
            return Duration.parse(duration);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("duration must be ISO 8601 such as PT30M, got " + duration, e);
        }
    }

    public String name() {
        return namePrefix + "-az-gone";
    }

    private static Map<String, String> sorted(Map<String, String> tags, String what) {
        if (tags == null || tags.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one tag, or the target would be every "
                    + "resource of its type");
        }
        return Collections.unmodifiableMap(new TreeMap<>(tags));
    }
}
