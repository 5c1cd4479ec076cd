package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.haevn.cost.CostFixtures.runtimeStack;
import static com.haevn.cost.CostFixtures.synth;
import static org.assertj.core.api.Assertions.assertThat;

/** Small stacks priced by hand from pricing/prices.yaml (730 hours a month). */
class CostEstimatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PriceTable table = PriceTable.load(PriceTable.DEFAULT_FILE);
    private final CostEstimator estimator = new CostEstimator(table, Map.of("dev", UsageAssumptions.DEFAULTS),
            List.of("prod", "staging", "dev"), Map.of("dev", new BigDecimal("250")));

    @Test
    void aSmallStackCostsWhatTheTableGivesByHand(@TempDir Path temp) throws IOException {
        Path out = synth(temp, Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3)));
        CostEstimate estimate = estimator.estimate(SynthesizedStack.readAll(out));

        // cluster 730 × 0.10 = 73.00; nodes 1–3 × 730 × 0.0816 = 59.568–178.704;
        // NAT 730 × 0.045 = 32.85 plus 100 GB (the default assumption) × 0.045 = 4.50
        StackCost stack = estimate.environments().get("dev").get(0);
        assertThat(stack.cost().low()).isEqualByComparingTo("169.918");
        assertThat(stack.cost().high()).isEqualByComparingTo("289.054");
        assertThat(stack.cost().dollars()).isEqualTo("$169.92 – $289.05");
        assertThat(stack.notPriced()).isEmpty();
        assertThat(estimate.total()).isEqualTo(stack.cost());
        Charge nat = stack.resources().stream().filter(r -> r.address().equals("aws_nat_gateway.nat")).findFirst()
                .orElseThrow().charges().get(1);
        assertThat(nat.assumption()).hasValue("100 GB per gateway per month");
    }

    @Test
    void anUnknownRegionIsNotPricedNeverZero(@TempDir Path temp) throws IOException {
        Path out = synth(temp, Map.of("dev-euw1-runtime", runtimeStack("eu-west-1", "m7g.large", 1, 3)));
        StackCost stack = estimator.estimate(SynthesizedStack.readAll(out)).environments().get("dev").get(0);

        assertThat(stack.notPriced()).containsExactlyInAnyOrder("eks-cluster-hour in eu-west-1",
                "ec2-instance-hour m7g.large in eu-west-1", "nat-gateway-hour in eu-west-1",
                "nat-gateway-gb in eu-west-1");
        assertThat(stack.resources()).filteredOn(r -> !r.type().equals("aws_iam_role"))
                .allSatisfy(r -> assertThat(r.hasUnpriced()).isTrue());
        assertThat(TextCostReport.render(estimator.estimate(SynthesizedStack.readAll(out))))
                .contains("eks-cluster-hour in eu-west-1 = not priced")
                .contains("not priced: ec2-instance-hour m7g.large in eu-west-1");
    }

    @Test
    void anUnknownInstanceTypeOrResourceTypeIsNotPriced(@TempDir Path temp) throws IOException {
        String stack = runtimeStack("us-east-1", "m9z.huge", 1, 3)
                .replace("\"aws_iam_role\"", "\"aws_cloudwatch_metric_alarm\": {\"cpu\": {}}, \"aws_iam_role\"");
        Path out = synth(temp, Map.of("dev-use1-runtime", stack));
        StackCost cost = estimator.estimate(SynthesizedStack.readAll(out)).environments().get("dev").get(0);

        assertThat(cost.notPriced()).containsExactlyInAnyOrder("ec2-instance-hour m9z.huge in us-east-1",
                "aws_cloudwatch_metric_alarm (no pricing rule)");
        // the cluster and the NAT gateway are still priced: 73.00 + 32.85 + 4.50
        assertThat(cost.cost().low()).isEqualByComparingTo("110.35");
        assertThat(cost.cost().high()).isEqualByComparingTo("110.35");
    }

    @Test
    void jsonCarriesTheSameNumbersAsTheEstimate(@TempDir Path temp) throws IOException {
        Path out = synth(temp, Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3),
                "dev-euw1-runtime", runtimeStack("eu-west-1", "m7g.large", 1, 3)));
        CostEstimate estimate = estimator.estimate(SynthesizedStack.readAll(out));
        JsonNode json = JSON.readTree(CostFormat.JSON.render(estimate));

        JsonNode dev = json.path("environments").path(0);
        assertThat(dev.path("name").asText()).isEqualTo("dev");
        assertThat(dev.path("monthly").path("low").decimalValue()).isEqualByComparingTo("169.92");
        assertThat(dev.path("monthly").path("high").decimalValue()).isEqualByComparingTo("289.05");
        assertThat(dev.path("budget").decimalValue()).isEqualByComparingTo("250");
        assertThat(json.path("total").path("high").decimalValue()).isEqualByComparingTo(estimate.total().rounded().high());
        for (JsonNode stack : dev.path("stacks")) {
            StackCost expected = estimate.stacks().stream().filter(s -> s.stack().equals(stack.path("name").asText()))
                    .findFirst().orElseThrow();
            assertThat(stack.path("monthly").path("low").decimalValue()).isEqualByComparingTo(expected.cost().rounded().low());
            assertThat(stack.path("monthly").path("high").decimalValue()).isEqualByComparingTo(expected.cost().rounded().high());
            assertThat(JSON.convertValue(stack.path("not_priced"), List.class)).containsExactlyElementsOf(expected.notPriced());
        }
        assertThat(JSON.convertValue(json.path("not_priced"), List.class)).containsExactlyElementsOf(estimate.notPriced());
    }

    @Test
    void environmentsComeInTheGivenOrderProductionFirst(@TempDir Path temp) throws IOException {
        Path out = synth(temp, Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 1),
                "prod-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 1).replace("\"dev\"", "\"prod\""),
                "staging-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 1).replace("\"dev\"", "\"staging\"")));
        CostEstimate estimate = estimator.estimate(SynthesizedStack.readAll(out));

        assertThat(estimate.environments().keySet()).containsExactly("prod", "staging", "dev");
    }
}
