package com.haevn.modules.zone;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of an {@link EdgeZone}. Build with {@link #builder()}.
 *
 * @param zoneId            the Cloudflare zone's id (32 lowercase hexadecimal digits)
 * @param limits            what the zone's plan allows
 * @param scopes            one per environment, hosts distinct across scopes; at least one
 * @param validationRecords the records of every certificate to validate; duplicates (a name and its wildcard, the
 *                          same name in two regions of one account) become one record
 * @param hstsMaxAgeSeconds the HSTS max-age; default one year (31536000 s), with subdomains, without preload
 */
public record EdgeZoneProps(String zoneId, RuleLimits limits, List<HostScope> scopes,
                            List<ValidationRecords> validationRecords, int hstsMaxAgeSeconds) {

    public static final int DEFAULT_HSTS_MAX_AGE_SECONDS = 31_536_000;
    private static final Pattern ZONE_ID = Pattern.compile("[0-9a-f]{32}");

    public EdgeZoneProps {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(limits, "limits");
        scopes = List.copyOf(scopes);
        validationRecords = List.copyOf(validationRecords);
        if (!ZONE_ID.matcher(zoneId).matches()) {
            throw new IllegalArgumentException("\"" + zoneId + "\" is not a Cloudflare zone id (32 lowercase hex "
                    + "digits)");
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("a zone needs at least one host scope");
        }
        Set<String> hosts = new HashSet<>();
        for (HostScope scope : scopes) {
            for (String host : scope.hosts()) {
                if (!hosts.add(host)) {
                    throw new IllegalArgumentException("host " + host + " is in two scopes; each host belongs to one "
                            + "environment");
                }
            }
        }
        if (hstsMaxAgeSeconds < 86_400) {
            throw new IllegalArgumentException("an HSTS max-age under a day protects little, got " + hstsMaxAgeSeconds);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link EdgeZoneProps}. */
    public static final class Builder {
        private String zoneId;
        private RuleLimits limits;
        private List<HostScope> scopes = List.of();
        private List<ValidationRecords> validationRecords = List.of();
        private int hstsMaxAgeSeconds = DEFAULT_HSTS_MAX_AGE_SECONDS;

        private Builder() {
        }

        public Builder zoneId(String zoneId) {
            this.zoneId = zoneId;
            return this;
        }

        public Builder limits(RuleLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder scopes(List<HostScope> scopes) {
            this.scopes = scopes;
            return this;
        }

        public Builder validationRecords(List<ValidationRecords> validationRecords) {
            this.validationRecords = validationRecords;
            return this;
        }

        public Builder hstsMaxAgeSeconds(int hstsMaxAgeSeconds) {
            this.hstsMaxAgeSeconds = hstsMaxAgeSeconds;
            return this;
        }

        public EdgeZoneProps build() {
            return new EdgeZoneProps(zoneId, limits, scopes, validationRecords, hstsMaxAgeSeconds);
        }
    }
}
