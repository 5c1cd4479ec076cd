package com.haevn.modules.costs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Settings of {@link CostControls}. Build with {@link #builder()}.
 *
 * @param name                  prefix of the budget's and the monitor's names, e.g. {@code haevn-prod}
 * @param costAllocationTagKeys the tag keys to activate for cost allocation (at least one)
 * @param monthlyBudgetUsd      the monthly cost budget of the account, in USD (above 0)
 * @param actualAlertPercent    alert when actual spend reaches this percentage of the budget (default 80)
 * @param forecastAlertPercent  alert when the forecast reaches this percentage of the budget (default 100)
 * @param anomalyAlertUsd       alert on an anomaly whose total impact reaches this many USD (above 0)
 * @param alertsTopicArn        the SNS topic every alert goes to; its policy must let budgets.amazonaws.com and
 *                              costalerts.amazonaws.com publish
 */
public record CostControlsProps(String name, List<String> costAllocationTagKeys, BigDecimal monthlyBudgetUsd,
                                BigDecimal actualAlertPercent, BigDecimal forecastAlertPercent,
                                BigDecimal anomalyAlertUsd, String alertsTopicArn) {

    public CostControlsProps {
        Objects.requireNonNull(name, "name");
        costAllocationTagKeys = List.copyOf(costAllocationTagKeys);
        if (costAllocationTagKeys.isEmpty()) {
            throw new IllegalArgumentException("activate at least one cost-allocation tag key");
        }
        Objects.requireNonNull(monthlyBudgetUsd, "monthlyBudgetUsd");
        if (monthlyBudgetUsd.signum() <= 0) {
            throw new IllegalArgumentException("monthlyBudgetUsd must be above 0, got " + monthlyBudgetUsd);
        }
        Objects.requireNonNull(actualAlertPercent, "actualAlertPercent");
        Objects.requireNonNull(forecastAlertPercent, "forecastAlertPercent");
        Objects.requireNonNull(anomalyAlertUsd, "anomalyAlertUsd");
        if (anomalyAlertUsd.signum() <= 0) {
            throw new IllegalArgumentException("anomalyAlertUsd must be above 0, got " + anomalyAlertUsd);
        }
        Objects.requireNonNull(alertsTopicArn, "alertsTopicArn");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CostControlsProps}. */
    public static final class Builder {
        private String name;
        private List<String> costAllocationTagKeys = List.of();
        private BigDecimal monthlyBudgetUsd;
        private BigDecimal actualAlertPercent = BigDecimal.valueOf(80);
        private BigDecimal forecastAlertPercent = BigDecimal.valueOf(100);
        private BigDecimal anomalyAlertUsd;
        private String alertsTopicArn;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder costAllocationTagKeys(List<String> keys) {
            this.costAllocationTagKeys = keys;
            return this;
        }

        public Builder monthlyBudgetUsd(BigDecimal amount) {
            this.monthlyBudgetUsd = amount;
            return this;
        }

        public Builder actualAlertPercent(BigDecimal percent) {
            this.actualAlertPercent = percent;
            return this;
        }

        public Builder forecastAlertPercent(BigDecimal percent) {
            this.forecastAlertPercent = percent;
            return this;
        }

        public Builder anomalyAlertUsd(BigDecimal amount) {
            this.anomalyAlertUsd = amount;
            return this;
        }

        public Builder alertsTopicArn(String arn) {
            this.alertsTopicArn = arn;
            return this;
        }

        public CostControlsProps build() {
            return new CostControlsProps(name, costAllocationTagKeys, monthlyBudgetUsd, actualAlertPercent,
                    forecastAlertPercent, anomalyAlertUsd, alertsTopicArn);
        }
    }
}
