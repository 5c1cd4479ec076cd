package com.haevn.environment;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Cloudflare zone that serves the environment ({@code dns}). One zone serves every environment: a zone of its
 * own for {@code dev.haevn.io} would need Cloudflare's subdomain-support entitlement, so each environment names the
 * same zone and its hosts live under it.
 *
 * @param name   the zone's apex, e.g. {@code haevn.io}
 * @param zoneId Cloudflare's id of the zone: 32 lowercase hexadecimal digits (not a secret: it is in every API URL)
 * @param plan   the zone's plan, which bounds the features and rule counts the edge may use
 */
public record DnsZone(String name, String zoneId, CloudflarePlan plan) {

    static final Pattern ZONE_ID = Pattern.compile("[0-9a-f]{32}");

    public DnsZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(plan, "plan");
    }

    /** The fully qualified name of a host one label below the zone, e.g. {@code pr-123-dev.haevn.io}. */
    public String host(String label) {
        return label + "." + name;
    }
}
