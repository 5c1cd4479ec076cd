package com.haevn.environment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads and checks {@code network}. */
final class NetworkReader {

    static final List<String> KEYS = List.of("nat_gateways", "flow_log_retention_days");

    /** The retention periods CloudWatch Logs accepts, where the VPC flow logs go. */
    static final List<Integer> RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private NetworkReader() {
    }

    static Optional<NetworkSettings> read(MappingReader root, Optional<Tier> tier, FileProblems problems) {
        Optional<MappingReader> network = root.mapping("network", KEYS);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        Optional<NatGatewayMode> nat = network.get().string("nat_gateways")
                .flatMap(v -> natGateways(v, tier, problems));
        Optional<Integer> retention = network.get().integer("flow_log_retention_days")
                .flatMap(v -> retentionDays(v, problems));
        if (nat.isEmpty() || retention.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkSettings(nat.get(), retention.get()));
    }

    private static Optional<NatGatewayMode> natGateways(Located<String> value, Optional<Tier> tier,
                                                        FileProblems problems) {
        Optional<NatGatewayMode> mode = NatGatewayMode.fromYaml(value.value());
        if (mode.isEmpty()) {
            List<String> valid = Arrays.stream(NatGatewayMode.values()).map(NatGatewayMode::yamlValue).toList();
            problems.add(value, "\"" + value.value() + "\" is not a NAT gateway mode"
                    + Suggestions.didYouMean(value.value(), valid) + "; use one of: " + String.join(", ", valid));
            return mode;
        }
        Optional<Tier> highAvailability = tier.filter(Tier::requiresHighAvailability);
        if (mode.get() == NatGatewayMode.SINGLE && highAvailability.isPresent()) {
            problems.add(value, "a " + highAvailability.get().yamlValue() + " environment needs one NAT gateway per AZ,"
                    + " so that losing an AZ leaves the others their egress (the seed's AZ-gone game day); use "
                    + NatGatewayMode.PER_AZ.yamlValue());
            return Optional.empty();
        }
        return mode;
    }

    private static Optional<Integer> retentionDays(Located<Integer> value, FileProblems problems) {
        if (RETENTION_DAYS.contains(value.value())) {
            return Optional.of(value.value());
        }
        problems.add(value, value.value() + " days is not a retention period CloudWatch Logs accepts; use one of: "
                + RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return Optional.empty();
    }
}
