package com.haevn.layers.frontdoor;

import com.haevn.environment.SettingsSection;
import com.haevn.layers.alerts.AlertsExports;
import com.haevn.layers.certificates.CertificatesExports;
import com.haevn.layers.network.NetworkExports;
import com.haevn.layers.runtime.RuntimeExports;
import com.haevn.layers.zone.ZoneLayer;
import com.haevn.modules.frontdoor.FrontDoor;
import com.haevn.modules.frontdoor.FrontDoorProps;
import com.haevn.modules.validation.Suppressions;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.StackExports;

import java.util.List;
import java.util.Optional;

/**
 * Per environment and region: the front door of the seed's "AWS ALB per region, blue-green switch via weighted
 * target groups", from the {@code frontdoor} section. It reads the region's network (public subnets), certificate
 * (whose validation it waits for, after the Cloudflare zone stack created the records), alerts topic and cluster
 * (the nodes' security group, which it opens to the load balancer on the target port), and the
 * origin header's secret from the sensitive variable {@value OriginHeaderSecret#VARIABLE}. Publishes
 * {@link FrontdoorExports}.
 */
public final class FrontdoorLayer implements Layer {

    public static final String NAME = "frontdoor";
    /** The {@code frontdoor} section of the environment files. */
    public static final SettingsSection<FrontdoorSettings> SETTINGS = new FrontdoorSettingsSection();

    static final Import<NetworkExports> NETWORK = Import.sameRegion(NetworkExports.KEY);
    static final Import<AlertsExports> ALERTS = Import.sameRegion(AlertsExports.KEY);
    static final Import<CertificatesExports> CERTIFICATES = Import.sameRegion(CertificatesExports.KEY);
    static final Import<RuntimeExports> RUNTIME = Import.sameRegion(RuntimeExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.REGIONAL;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(NETWORK, ALERTS, CERTIFICATES, RUNTIME);
    }

    /** The zone stack creates the validation records this layer's certificate validation waits for. */
    @Override
    public List<String> appliedAfter() {
        return List.of(ZoneLayer.NAME);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        FrontdoorSettings settings = stack.environment().settings(SETTINGS);
        NetworkExports network = exports.read(NETWORK);
        String name = stack.environment().name() + "-" + stack.region().region().shortCode();
        FrontDoor frontDoor = new FrontDoor(stack, "frontdoor", FrontDoorProps.builder()
                .name(name)
                .region(stack.region().region().name())
                .accountId(stack.environment().accountId())
                .vpcId(network.vpcId())
                .publicSubnetIds(network.publicSubnetIds())
                .certificateArn(exports.read(CERTIFICATES).certificateArn())
                .originHeaderName(settings.originHeader())
                .originHeaderSecret(OriginHeaderSecret.declare(stack))
                .ingressIpv4Ranges(settings.originIpv4Ranges())
                .ingressIpv6Ranges(settings.originIpv6Ranges())
                .targetPort(settings.targetPort())
                .targetsSecurityGroupId(exports.read(RUNTIME).nodeSecurityGroupId())
                .healthCheckPath(settings.healthCheckPath())
                .initialWeights(settings.initialWeights())
                .alarmTopicArn(exports.read(ALERTS).topicArn())
                .alarmThresholds(settings.alarmThresholds())
                .accessLogRetentionDays(settings.accessLogRetentionDays())
                .build());
        Suppressions.suppress(frontDoor.accessLogs().bucket(), "HVN-DR-001", "the region's ALB access logs, not the "
                + "platform's object storage: each region keeps its own, and losing them loses no customer data");
        Suppressions.suppress(frontDoor.accessLogs().bucket(), "HVN-S3-007", "ALB access logs: versioning and a"
                + " TLS-only, log-delivery-only policy protect them; they expire by lifecycle, so no MFA delete");
        exports.publish(FrontdoorExports.KEY, new FrontdoorExports(
                frontDoor.balancer().getArn(),
                frontDoor.balancer().getDnsName(),
                frontDoor.https().getArn(),
                frontDoor.forward().getArn(),
                frontDoor.targetGroup("blue").getArn(),
                frontDoor.targetGroup("green").getArn(),
                frontDoor.securityGroup().getId(),
                frontDoor.alarms("blue").errorRate().getAlarmName(),
                frontDoor.alarms("blue").unhealthyHosts().getAlarmName(),
                frontDoor.alarms("green").errorRate().getAlarmName(),
                frontDoor.alarms("green").unhealthyHosts().getAlarmName()));
    }
}
