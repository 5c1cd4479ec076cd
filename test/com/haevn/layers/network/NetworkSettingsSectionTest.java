package com.haevn.layers.network;

import com.haevn.modules.network.NatGatewayMode;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static com.haevn.testing.EnvironmentFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code network} section: NAT gateway mode with its tier rule, flow-log retention. */
class NetworkSettingsSectionTest {

    @TempDir
    Path dir;

    @Test
    void should_report_an_unknown_nat_gateway_mode() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("nat_gateways: per_az", "nat_gateways: per-az")), "qa.yaml",
                "network.nat_gateways", line("nat_gateways"), "\"per-az\" is not a NAT gateway mode (did you mean "
                        + "\"per_az\"?); use one of: single, per_az");
    }

    @Test
    void should_refuse_a_shared_nat_gateway_in_a_staging_environment() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("nat_gateways: per_az", "nat_gateways: single")), "qa.yaml",
                "network.nat_gateways", line("nat_gateways"), "a staging environment needs one NAT gateway per AZ, so "
                        + "that losing an AZ leaves the others their egress (the seed's AZ-gone game day); use per_az");
    }

    @Test
    void should_allow_a_shared_nat_gateway_in_a_development_environment() {
        String development = qaWith("nat_gateways: per_az", "nat_gateways: single").replace("tier: staging",
                "tier: development");

        write(dir, "qa.yaml", development);

        assertThat(EnvironmentFixtures.load(dir).get("qa").settings(NetworkLayer.SETTINGS).natGateways())
                .isEqualTo(NatGatewayMode.SINGLE);
    }

    @Test
    void should_report_a_retention_cloudwatch_does_not_accept() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("flow_log_retention_days: 30", "flow_log_retention_days: 31")),
                "qa.yaml", "network.flow_log_retention_days", line("flow_log_retention_days"), "31 days is not a "
                        + "retention period CloudWatch Logs accepts; use one of: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, "
                        + "180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653");
    }

    @Test
    void should_check_the_tier_rule_only_when_the_tier_is_known() {
        // GIVEN an invalid tier: only the tier is reported, not the NAT rule that depends on it
        String text = qaWith("tier: staging", "tier: stage").replace("nat_gateways: per_az", "nat_gateways: single");
        assertThat(problemsOfQa(dir, text)).extracting(p -> p.keyPath()).containsExactly("tier");
    }

    @Test
    void should_report_a_missing_network_section() {
        String text = qaWith("network:\n  nat_gateways: per_az\n  flow_log_retention_days: 30\n", "");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "network", 1,
                "missing required key \"network\" at the top level");
    }
}
