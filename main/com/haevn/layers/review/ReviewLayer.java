package com.haevn.layers.review;

import com.haevn.environment.Environment;
import com.haevn.layers.addons.AddonsExports;
import com.haevn.layers.addons.AddonsLayer;
import com.haevn.layers.addons.AddonsSettings;
import com.haevn.layers.addons.ReviewAppSettings;
import com.haevn.layers.frontdoor.FrontdoorExports;
import com.haevn.layers.frontdoor.FrontdoorLayer;
import com.haevn.layers.frontdoor.FrontdoorSettings;
import com.haevn.layers.frontdoor.OriginHeaderSecret;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.modules.addons.HelmChart;
import com.haevn.modules.review.NamespaceQuota;
import com.haevn.modules.review.ReviewApp;
import com.haevn.modules.review.ReviewAppProps;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;

/**
 * One PR's review app ({@link ReviewApp}) in the environment whose {@code addons.review_apps} is set, in its primary
 * region: not registered in {@code Layers.ALL}, it has no base stacks; {@code --review-pr} adds its one variant
 * stack ({@code dev-use1-review-pr-123}), which reads the region's network, cluster, front door and add-ons
 * (so it deploys after the Load Balancer Controller its TargetGroupBinding needs), and the origin
 * header's secret from the same sensitive variable as the front door. Publishes nothing.
 */
public final class ReviewLayer implements Layer {

    public static final String NAME = "review";

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);
    static final Import<FrontdoorExports> FRONTDOOR = Import.sameRegion(FrontdoorExports.KEY);
    static final Import<AddonsExports> ADDONS = Import.sameRegion(AddonsExports.KEY);

    private final ReviewRequest request;

    public ReviewLayer(ReviewRequest request) {
        this.request = request;
    }

    public ReviewRequest request() {
        return request;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, RUNTIME, FRONTDOOR, ADDONS);
    }

    /** Whether {@code environment} hosts review apps. */
    public static boolean hostsReviewApps(Environment environment) {
        return environment.settings(AddonsLayer.SETTINGS).reviewApps().isPresent();
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        Environment environment = stack.environment();
        AddonsSettings addons = environment.settings(AddonsLayer.SETTINGS);
        ReviewAppSettings review = addons.reviewApps().orElseThrow(() -> new IllegalStateException(
                environment.name() + " hosts no review apps: it has no addons.review_apps"));
        FrontdoorSettings frontdoor = environment.settings(FrontdoorLayer.SETTINGS);
        FrontdoorExports door = exports.read(FRONTDOOR);
        String region = stack.region().region().name();
        String registry = environment.accountId() + ".dkr.ecr." + region + ".amazonaws.com";
        new ReviewApp(stack, "review", ReviewAppProps.builder()
                .pr(request.pr())
                .imageTag(request.imageTag())
                .name(environment.name() + "-" + stack.region().region().shortCode())
                .cluster(AddonsLayer.connection(stack, exports.read(RUNTIME)))
                .registry(registry)
                .registryId(environment.accountId())
                .chart(new HelmChart("oci://" + registry + "/" + review.chartRepository(), review.chart(),
                        review.chartVersion()))
                .imageRepository(review.imageRepository())
                .servicePort(review.servicePort())
                .quota(new NamespaceQuota(review.quotaCpu(), review.quotaMemory(), review.quotaPods()))
                .vpcId(exports.read(NETWORK).vpcId())
                .httpsListenerArn(door.httpsListenerArn())
                .originHeaderName(frontdoor.originHeader())
                .originHeaderSecret(OriginHeaderSecret.declare(stack))
                .targetPort(frontdoor.targetPort())
                .healthCheckPath(frontdoor.healthCheckPath())
                .manifestsChart(addons.charts().manifests())
                .zoneId(environment.dns().zoneId())
                .hostname(environment.dns().host(request.hostLabel(environment.name())))
                .loadBalancerDnsName(door.loadBalancerDnsName())
                .otlpEndpoint(exports.read(ADDONS).collectorOtlpEndpoint())
                .labels(AddonsLayer.labels(environment))
                .build());
    }
}
