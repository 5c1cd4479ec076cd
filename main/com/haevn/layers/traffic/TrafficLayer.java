package com.haevn.layers.traffic;

import com.haevn.environment.SettingsSection;
import com.haevn.layers.frontdoor.FrontdoorExports;
import com.haevn.layers.frontdoor.FrontdoorLayer;
import com.haevn.layers.frontdoor.FrontdoorSettings;
import com.haevn.layers.frontdoor.OriginHeaderSecret;
import com.haevn.layers.zone.ZoneLayer;
import com.haevn.layers.zone.ZoneSettings;
import com.haevn.modules.traffic.HealthMonitor;
import com.haevn.modules.traffic.RegionOrigin;
import com.haevn.modules.traffic.RegionalLoadBalancer;
import com.haevn.modules.traffic.TrafficProps;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.providers.cloudflare.provider.CloudflareProvider;

import java.util.List;
import java.util.Optional;

/**
 * Per environment ({@code <env>-global-traffic}): the Cloudflare load balancer on the environment's first host name
 * ({@code edge.hostnames}) over one pool per region, each the region's ALB from its front door's exports, probed by
 * one monitor (the front door's health check path, with the origin header from the sensitive variable
 * {@value OriginHeaderSecret#VARIABLE}, the same the front door reads), and proxied CNAME records for the other exact
 * host names. Every region is active; an unhealthy one is skipped until it recovers. Applied after every front door
 * of the environment (it reads them), which is applied after the zone stack.
 */
public final class TrafficLayer implements Layer {

    public static final String NAME = "traffic";
    /** The {@code traffic} section of the environment files. */
    public static final SettingsSection<TrafficSettings> SETTINGS = new TrafficSettingsSection();

    static final Import<FrontdoorExports> FRONT_DOORS = Import.everyRegion(FrontdoorExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.GLOBAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(FRONT_DOORS);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        TrafficSettings settings = stack.environment().settings(SETTINGS);
        FrontdoorSettings frontdoor = stack.environment().settings(FrontdoorLayer.SETTINGS);
        List<String> hostnames = stack.environment().settings(ZoneLayer.SETTINGS).exactHostnames();
        List<RegionOrigin> origins = exports.readAll(FRONT_DOORS).stream()
                .map(produced -> new RegionOrigin(stack.environment().name() + "-"
                        + produced.region().region().shortCode(), produced.exports().loadBalancerDnsName()))
                .toList();
        CloudflareProvider.Builder.create(stack, "cloudflare").build();
        new RegionalLoadBalancer(stack, "traffic", TrafficProps.builder()
                .zoneId(stack.environment().dns().zoneId())
                .hostname(hostnames.get(0))
                .aliases(hostnames.subList(1, hostnames.size()))
                .origins(origins)
                .monitor(new HealthMonitor(frontdoor.healthCheckPath(), settings.intervalSeconds(),
                        settings.timeoutSeconds(), settings.retries(), frontdoor.originHeader(),
                        OriginHeaderSecret.declare(stack, OriginHeaderSecret.VARIABLE)))
                .build());
    }
}
