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

class CostDiffTest {

    private final CostEstimator estimator = new CostEstimator(PriceTable.load(PriceTable.DEFAULT_FILE),
            Map.of("dev", UsageAssumptions.DEFAULTS), List.of("dev"), Map.of());

    @Test
    void twoSynthsDifferingOnlyInNodeCountShowExactlyThatChange(@TempDir Path temp) throws IOException {
        String unchanged = runtimeStack("us-east-1", "m7g.large", 1, 1).replace("haevn-dev", "other");
        Path base = synth(temp.resolve("base"), Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 2, 2),
                "dev-use1-other", unchanged));
        Path head = synth(temp.resolve("head"), Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 3, 3),
                "dev-use1-other", unchanged));

        CostDiff diff = CostDiff.between(estimator.estimate(SynthesizedStack.readAll(base)),
                estimator.estimate(SynthesizedStack.readAll(head)));

        // one more m7g.large node: 730 h × $0.0816 = $59.568
        assertThat(diff.changes()).singleElement().satisfies(change -> {
            assertThat(change.stack()).isEqualTo("dev-use1-runtime");
            assertThat(change.lowChange()).isEqualByComparingTo("59.568");
            assertThat(change.highChange()).isEqualByComparingTo("59.568");
            assertThat(change.newlyUnpriced()).isEmpty();
        });
        assertThat(CostDiffReport.render(diff, CostFormat.TEXT)).startsWith("dev-use1-runtime: +$59.57 per month")
                .contains("Total change: +$59.57 per month");
        JsonNode json = new ObjectMapper().readTree(CostDiffReport.render(diff, CostFormat.JSON));
        assertThat(json.path("stacks").path(0).path("change").path("low").decimalValue())
                .isEqualByComparingTo(new BigDecimal("59.57"));
    }

    @Test
    void identicalSynthsShowNoChange(@TempDir Path temp) throws IOException {
        Path base = synth(temp.resolve("base"), Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3)));
        Path head = synth(temp.resolve("head"), Map.of("dev-use1-runtime", runtimeStack("us-east-1", "m7g.large", 1, 3)));

        CostDiff diff = CostDiff.between(estimator.estimate(SynthesizedStack.readAll(base)),
                estimator.estimate(SynthesizedStack.readAll(head)));

        assertThat(diff.changes()).isEmpty();
        assertThat(CostDiffReport.render(diff, CostFormat.TEXT)).isEqualTo("No monthly cost change.\n");
    }
}
