package com.haevn.layers.costs;

import com.haevn.cost.UsageAssumptions;
import com.haevn.environment.ConfigProblem;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CostsSettingsTest {

    @Test
    void readsTheBudgetAndFillsLeftOutUsageKeysWithTheirDefaults(@TempDir Path temp) {
        EnvironmentFixtures.write(temp, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));

        CostsSettings settings = EnvironmentFixtures.load(temp).get("qa").settings(CostsLayer.SETTINGS);

        assertThat(settings.monthlyBudgetUsd()).isEqualByComparingTo("9000");
        assertThat(settings.actualAlertPercent()).isEqualByComparingTo("80");
        assertThat(settings.forecastAlertPercent()).isEqualByComparingTo("100");
        assertThat(settings.anomalyAlertUsd()).isEqualByComparingTo("150");
        assertThat(settings.usage().natGbPerGateway()).isEqualByComparingTo("200");
        assertThat(settings.usage().logGbPerGroup()).isEqualByComparingTo("2");
        assertThat(settings.usage().objectStorageGbPerBucket())
                .isEqualByComparingTo(UsageAssumptions.DEFAULTS.objectStorageGbPerBucket());
    }

    @Test
    void rejectsABudgetOfZeroAPercentOutOfRangeAndANegativeAssumption(@TempDir Path temp) {
        String text = EnvironmentFixtures.qaWith("monthly_budget_usd: 9000", "monthly_budget_usd: 0")
                .replace("actual_alert_percent: 80", "actual_alert_percent: 0.5")
                .replace("log_gb_per_group: 2", "log_gb_per_group: -1");
        EnvironmentFixtures.write(temp, "qa.yaml", text);

        List<ConfigProblem> problems = EnvironmentFixtures.problems(temp);

        assertThat(problems).extracting(ConfigProblem::message).anySatisfy(m -> assertThat(m)
                        .contains("monthly_budget_usd is 0; give an amount above 0 USD"))
                .anySatisfy(m -> assertThat(m).contains("actual_alert_percent is 0.5; use a percentage from 1 to 1000"))
                .anySatisfy(m -> assertThat(m).contains("log_gb_per_group is -1; a usage assumption is 0 or more"));
    }

    @Test
    void everyRealEnvironmentHasABudget() {
        assertThat(EnvironmentFixtures.load(EnvironmentFixtures.REAL_ENVIRONMENTS).all())
                .allSatisfy(e -> assertThat(e.settings(CostsLayer.SETTINGS).monthlyBudgetUsd()).isPositive());
    }
}
