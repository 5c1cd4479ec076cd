package com.haevn.layers.network;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.network.NatGatewayMode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and checks the {@code network} section. Staging and production need a NAT gateway in every AZ. */
final class NetworkSettingsSection implements SettingsSection<NetworkSettings> {

    /** The retention periods CloudWatch Logs accepts, where the VPC flow logs go. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** How each mode is spelled in the files. */
    static final Map<String, NatGatewayMode> NAT_GATEWAY_MODES = spellings();

    @Override
    public String key() {
        return NetworkLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("nat_gateways", "flow_log_retention_days");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("nat_gateways", "text", "`single` or `per_az`; staging and production need `per_az` "
                        + "(losing an AZ must leave the others their egress)"),
                new SettingDoc("flow_log_retention_days", "number",
                        "a CloudWatch Logs retention (1, 3, 5, 7, 14, 30, 60, 90, ... 3653)"));
    }

    @Override
    public Optional<NetworkSettings> read(MappingReader section, SectionContext context) {
        Optional<NatGatewayMode> nat = section.choice("nat_gateways", "a NAT gateway mode", NAT_GATEWAY_MODES)
                .flatMap(mode -> highlyAvailable(mode, context.tier(), section));
        Optional<Integer> retention = section.integer("flow_log_retention_days")
                .flatMap(days -> retentionDays(days, section));
        if (nat.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkSettings(nat.get(), retention.get()));
    }

    private static Optional<NatGatewayMode> highlyAvailable(Located<NatGatewayMode> mode, Optional<Tier> tier,
                                                            MappingReader section) {
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        if (mode.value() == NatGatewayMode.SINGLE && highAvailability.isPresent()) {
            section.report(mode, "a " + highAvailability.get().yamlValue() + " environment needs one NAT gateway per "
                    + "AZ, so that losing an AZ leaves the others their egress (the seed's AZ-gone game day); use "
                    + spelling(NatGatewayMode.PER_AZ));
            return Optional.empty();
        }
        return Optional.of(mode.value());
    }

    private static Optional<Integer> retentionDays(Located<Integer> value, MappingReader section) {
        if (RETENTION_DAYS.contains(value.value())) {
            return Optional.of(value.value());
        }
        section.report(value, value.value() + " days is not a retention period CloudWatch Logs accepts; use one of: "
                + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return Optional.empty();
    }

    private static Map<String, NatGatewayMode> spellings() {
        Map<String, NatGatewayMode> modes = new LinkedHashMap<>();
        for (NatGatewayMode mode : NatGatewayMode.values()) {
            modes.put(spelling(mode), mode);
        }
        return modes;
    }

    /** {@code PER_AZ} -> {@code per_az}. */
    private static String spelling(NatGatewayMode mode) {
        return mode.name().toLowerCase();
    }
}
