package com.haevn.layers.costs;

import com.haevn.cost.UsageAssumptions;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The {@code costs} section of an environment.
 *
 * @param monthlyBudgetUsd     the environment's monthly budget (its AWS account's cost), in USD
 * @param actualAlertPercent   the share of the budget actually spent that alerts
 * @param forecastAlertPercent the share of the budget the month's forecast reaching alerts
 * @param anomalyAlertUsd      the total impact, in USD, from which a cost anomaly alerts
 * @param usage                the usage assumptions of the offline estimate
 */
public record CostsSettings(BigDecimal monthlyBudgetUsd, BigDecimal actualAlertPercent,
                            BigDecimal forecastAlertPercent, BigDecimal anomalyAlertUsd, UsageAssumptions usage) {

    public CostsSettings {
        Objects.requireNonNull(monthlyBudgetUsd, "monthlyBudgetUsd");
        Objects.requireNonNull(actualAlertPercent, "actualAlertPercent");
        Objects.requireNonNull(forecastAlertPercent, "forecastAlertPercent");
        Objects.requireNonNull(anomalyAlertUsd, "anomalyAlertUsd");
        Objects.requireNonNull(usage, "usage");
    }
}
