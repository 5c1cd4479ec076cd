package com.haevn.modules.traffic;

import com.hashicorp.cdktf.providers.cloudflare.data_cloudflare_zone.DataCloudflareZone;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer.LoadBalancer;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer.LoadBalancerRandomSteering;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer_monitor.LoadBalancerMonitor;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer_monitor.LoadBalancerMonitorHeader;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer_pool.LoadBalancerPool;
import com.hashicorp.cdktf.providers.cloudflare.load_balancer_pool.LoadBalancerPoolOrigins;
import com.hashicorp.cdktf.providers.cloudflare.record.Record;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;

/**
 * An environment's entry at Cloudflare: a proxied load balancer on its host name over one pool per region (each
 * holding that region's ALB), one HTTPS health monitor probing every pool, and proxied CNAME records for the other
 * host names. With several regions the steering is {@code random} with equal weights: every healthy region takes
 * traffic, and a region whose pool is unhealthy gets none until it recovers (the primary's pool is the fallback when
 * all are down). Pools and the monitor are account-level; the account is the zone's.
 */
public final class RegionalLoadBalancer extends Construct {

    private final LoadBalancer balancer;
    private final LoadBalancerMonitor monitor;
    private final List<LoadBalancerPool> pools = new ArrayList<>();
    private final List<Record> aliases = new ArrayList<>();

    public RegionalLoadBalancer(Construct scope, String id, TrafficProps props) {
        super(scope, id);
        String accountId = DataCloudflareZone.Builder.create(this, "zone").zoneId(props.zoneId()).build()
                .getAccountId();
        HealthMonitor check = props.monitor();
        monitor = LoadBalancerMonitor.Builder.create(this, "monitor")
                .accountId(accountId)
                .description(props.hostname() + " health")
                .type("https")
                .method("GET")
                .port(443)
                .path(check.path())
                .expectedCodes("200")
                .interval(check.intervalSeconds())
                .timeout(check.timeoutSeconds())
                .retries(check.retries())
                .allowInsecure(false)
                .followRedirects(false)
                .header(List.of(
                        LoadBalancerMonitorHeader.builder().header("Host").values(List.of(props.hostname())).build(),
                        LoadBalancerMonitorHeader.builder().header(check.originHeaderName())
                                .values(List.of(check.originHeaderValue())).build()))
                .build();
        for (RegionOrigin origin : props.origins()) {
            pools.add(LoadBalancerPool.Builder.create(this, "pool-" + origin.name())
                    .accountId(accountId)
                    .name(origin.name())
                    .description("the ALB of " + origin.name())
                    .monitor(monitor.getId())
                    .minimumOrigins(1)
                    .enabled(true)
                    .origins(List.of(LoadBalancerPoolOrigins.builder()
                            .name(origin.name())
                            .address(origin.address())
                            .enabled(true)
                            .build()))
                    .build());
        }
        boolean several = pools.size() > 1;
        LoadBalancer.Builder builder = LoadBalancer.Builder.create(this, "load-balancer")
                .zoneId(props.zoneId())
                .name(props.hostname())
                .proxied(true)
                .defaultPoolIds(pools.stream().map(LoadBalancerPool::getId).toList())
                .fallbackPoolId(pools.get(0).getId())
                .steeringPolicy(several ? "random" : "off")
                .sessionAffinity("none");
        if (several) {
            builder.randomSteering(List.of(LoadBalancerRandomSteering.builder().defaultWeight(1).build()));
        }
        balancer = builder.build();
        for (String alias : props.aliases()) {
            aliases.add(Record.Builder.create(this, "alias-" + alias.replace('.', '-'))
                    .zoneId(props.zoneId())
                    .name(alias)
                    .type("CNAME")
                    .value(props.hostname())
                    .proxied(true)
                    .ttl(1)
                    .comment("to the load balancer " + props.hostname())
                    .build());
        }
    }

    public LoadBalancer balancer() {
        return balancer;
    }

    public LoadBalancerMonitor monitor() {
        return monitor;
    }

    /** One pool per region, in the order of the origins. */
    public List<LoadBalancerPool> pools() {
        return List.copyOf(pools);
    }

    public List<Record> aliases() {
        return List.copyOf(aliases);
    }
}
