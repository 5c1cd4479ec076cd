package com.haevn.layers.zone;

import com.haevn.environment.DnsZone;
import com.haevn.environment.Environment;
import com.haevn.environment.SettingsSection;
import com.haevn.layers.certificates.CertificatesExports;
import com.haevn.layers.frontdoor.FrontdoorLayer;
import com.haevn.layers.frontdoor.OriginHeaderSecret;
import com.haevn.modules.zone.EdgeZone;
import com.haevn.modules.zone.EdgeZoneProps;
import com.haevn.modules.zone.HostScope;
import com.haevn.modules.zone.ValidationRecords;
import com.haevn.stacks.Import;
import com.haevn.stacks.Layer;
import com.haevn.stacks.Placement;
import com.haevn.stacks.PlatformStack;
import com.haevn.stacks.Produced;
import com.haevn.stacks.StackExports;
import com.hashicorp.cdktf.providers.cloudflare.provider.CloudflareProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one zone stack of the platform ({@link Placement#PLATFORM}: kept by the production environment, e.g.
 * {@code prod-global-edge}): the settings of the Cloudflare zone every environment names in {@code dns}, one
 * entrypoint ruleset per phase holding each environment's host-scoped rules from its {@code edge} section, and the
 * ACM validation records of every environment's certificates (read from each certificates stack). The origin header
 * of each environment takes its value from the sensitive variable {@code origin_header_secret_<env>}; the API token
 * reaches the Cloudflare provider only as {@code CLOUDFLARE_API_TOKEN} from the environment of the plan.
 */
public final class ZoneLayer implements Layer {

    public static final String NAME = "edge";
    /** The {@code edge} section of the environment files. */
    public static final SettingsSection<ZoneSettings> SETTINGS = new ZoneSettingsSection();

    static final Import<CertificatesExports> CERTIFICATES = Import.everyEnvironment(CertificatesExports.KEY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Placement placement() {
        return Placement.PLATFORM;
    }

    @Override
    public Optional<SettingsSection<?>> settings() {
        return Optional.of(SETTINGS);
    }

    @Override
    public List<Import<?>> imports() {
        return List.of(CERTIFICATES);
    }

    @Override
    public void build(PlatformStack stack, StackExports exports) {
        List<Produced<CertificatesExports>> certificates = exports.readAll(CERTIFICATES);
        Map<String, Environment> environments = new LinkedHashMap<>();
        certificates.forEach(produced -> environments.putIfAbsent(produced.environment().name(),
                produced.environment()));
        DnsZone zone = stack.environment().dns();
        List<HostScope> scopes = new ArrayList<>();
        for (Environment environment : environments.values()) {
            requireSameZone(environment, zone);
            ZoneSettings settings = environment.settings(SETTINGS);
            settings.hostnames().forEach(host -> requireOneLabelBelow(environment, host, zone));
            scopes.add(new HostScope(environment.name(), settings.hostnames(), settings.firewallRules(),
                    settings.rateLimits(), settings.staticPathPrefixes(), settings.staticEdgeTtlSeconds(),
                    environment.settings(FrontdoorLayer.SETTINGS).originHeader(),
                    OriginHeaderSecret.declare(stack, secretVariable(environment))));
        }
        CloudflareProvider.Builder.create(stack, "cloudflare").build();
        new EdgeZone(stack, "zone", EdgeZoneProps.builder()
                .zoneId(zone.zoneId())
                .limits(PlanLimits.of(zone.plan()))
                .scopes(scopes)
                .validationRecords(certificates.stream().map(produced -> new ValidationRecords(
                        produced.exports().validationRecordNames(), produced.exports().validationRecordTypes(),
                        produced.exports().validationRecordValues())).toList())
                .build());
    }

    /** The variable holding an environment's origin-header secret in the zone stack. */
    public static String secretVariable(Environment environment) {
        return OriginHeaderSecret.VARIABLE + "_" + environment.name().replace('-', '_');
    }

    private static void requireSameZone(Environment environment, DnsZone zone) {
        if (!environment.dns().equals(zone)) {
            throw new IllegalArgumentException("environment " + environment.name() + " names the zone "
                    + environment.dns().name() + " (" + environment.dns().zoneId() + ", " + environment.dns().plan()
                    .configName() + "), not " + zone.name() + " (" + zone.zoneId() + ", " + zone.plan().configName()
                    + "): one zone serves every environment, so every dns section must be the same");
        }
    }

    private static void requireOneLabelBelow(Environment environment, String host, DnsZone zone) {
        boolean apex = host.equals(zone.name());
        boolean oneBelow = host.endsWith("." + zone.name())
                && !host.substring(0, host.length() - zone.name().length() - 1).contains(".");
        if (!apex && !oneBelow) {
            throw new IllegalArgumentException("environment " + environment.name() + ": edge.hostnames has " + host
                    + ", which is not " + zone.name() + " or one label below it (Cloudflare's universal certificate "
                    + "covers only that depth); write e.g. api-" + environment.name() + "." + zone.name());
        }
    }
}
