package com.haevn.modules.addons;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the collector sends to in Grafana Cloud, one endpoint per signal. Each authenticates with basic auth: the
 * stack's instance id of that service as user (not a secret: it is in the stack's public details) and the access
 * policy token as password, which the collector reads from its environment only.
 *
 * @param metrics the Prometheus remote-write URL ({@code https://prometheus-...grafana.net/api/prom/push})
 * @param logs    Loki's OTLP URL ({@code https://logs-...grafana.net/otlp})
 * @param traces  Tempo's OTLP gRPC address ({@code tempo-...grafana.net:443})
 */
public record GrafanaCloudEndpoints(Endpoint metrics, Endpoint logs, Endpoint traces) {

    public GrafanaCloudEndpoints {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(logs, "logs");
        Objects.requireNonNull(traces, "traces");
    }

    /**
     * @param url      the endpoint
     * @param username the instance id of the service, digits only
     */
    public record Endpoint(String url, String username) {

        private static final Pattern INSTANCE_ID = Pattern.compile("\\d{1,12}");

        public Endpoint {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(username, "username");
            if (!INSTANCE_ID.matcher(username).matches()) {
                throw new IllegalArgumentException("a Grafana Cloud instance id is digits only, got " + username);
            }
        }
    }
}
