package com.haevn.modules.traffic;

import java.util.List;
import java.util.Objects;

/**
 * Settings of a {@link RegionalLoadBalancer}. Build with {@link #builder()}.
 *
 * @param zoneId   the Cloudflare zone
 * @param hostname the load balancer's host name (proxied)
 * @param aliases  other host names, proxied CNAME records to {@code hostname}; default none
 * @param origins  one per region, the primary first (it is also the fallback pool); at least one
 * @param monitor  the health check of every pool
 */
public record TrafficProps(String zoneId, String hostname, List<String> aliases, List<RegionOrigin> origins,
                           HealthMonitor monitor) {

    public TrafficProps {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(hostname, "hostname");
        aliases = List.copyOf(aliases);
        origins = List.copyOf(origins);
        Objects.requireNonNull(monitor, "monitor");
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a load balancer needs at least one origin");
        }
        if (aliases.contains(hostname)) {
            throw new IllegalArgumentException(hostname + " is the load balancer's own name, not an alias");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link TrafficProps}. */
    public static final class Builder {
        private String zoneId;
        private String hostname;
        private List<String> aliases = List.of();
        private List<RegionOrigin> origins = List.of();
        private HealthMonitor monitor;

        private Builder() {
        }

        public Builder zoneId(String zoneId) {
            this.zoneId = zoneId;
            return this;
        }

        public Builder hostname(String hostname) {
            this.hostname = hostname;
            return this;
        }

        public Builder aliases(List<String> aliases) {
            this.aliases = aliases;
            return this;
        }

        public Builder origins(List<RegionOrigin> origins) {
            this.origins = origins;
            return this;
        }

        public Builder monitor(HealthMonitor monitor) {
            this.monitor = monitor;
            return this;
        }

        public TrafficProps build() {
            return new TrafficProps(zoneId, hostname, aliases, origins, monitor);
        }
    }
}
