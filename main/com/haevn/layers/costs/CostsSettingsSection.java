package com.haevn.layers.costs;

import com.haevn.cost.UsageAssumptions;
import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and checks the {@code costs} section: the budget and its alert thresholds are required; each usage
 * assumption is optional and takes its documented default when left out.
 */
final class CostsSettingsSection implements SettingsSection<CostsSettings> {

    static final List<String> USAGE_KEYS = UsageAssumptions.KEYS;
    private static final List<String> USAGE_MEANINGS = List.of("GB processed by each NAT gateway",
            "GB ingested into each CloudWatch Logs group", "GB stored in each S3 bucket",
            "million requests to each SQS queue", "million publishes to each SNS topic",
            "load balancer capacity units each ALB uses on average", "GB stored by each Aurora cluster",
            "million I/O requests of each Aurora cluster (standard storage)");

    @Override
    public String key() {
        return CostsLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("monthly_budget_usd", "actual_alert_percent", "forecast_alert_percent", "anomaly_alert_usd",
                "usage");
    }

    @Override
    public List<SettingDoc> documentation() {
        List<SettingDoc> rows = new ArrayList<>(List.of(
                new SettingDoc("monthly_budget_usd", "number", "the environment's monthly AWS budget in USD (above 0): "
                        + "the `aws_budgets_budget` of its account, and the limit `./haevn cost` and the validator "
                        + "compare the estimate's upper end with"),
                new SettingDoc("actual_alert_percent", "number", "alert the alerts topic when actual spend reaches this "
                        + "share of the budget (1–1000)"),
                new SettingDoc("forecast_alert_percent", "number", "alert when the month's forecast reaches this share "
                        + "of the budget (1–1000)"),
                new SettingDoc("anomaly_alert_usd", "number", "alert on a cost anomaly whose total impact reaches this "
                        + "many USD (above 0)")));
        for (int i = 0; i < USAGE_KEYS.size(); i++) {
            rows.add(new SettingDoc("usage." + USAGE_KEYS.get(i), "number", "per month, " + USAGE_MEANINGS.get(i)
                    + " (0 or more; default " + UsageAssumptions.DEFAULTS.values().get(i).toPlainString() + " when left out)"));
        }
        return rows;
    }

    @Override
    public Optional<CostsSettings> read(MappingReader section, SectionContext context) {
        Optional<BigDecimal> budget = positive(section, "monthly_budget_usd");
        Optional<BigDecimal> actual = percent(section, "actual_alert_percent");
        Optional<BigDecimal> forecast = percent(section, "forecast_alert_percent");
        Optional<BigDecimal> anomaly = positive(section, "anomaly_alert_usd");
        Optional<UsageAssumptions> usage = section.mapping("usage", USAGE_KEYS).flatMap(CostsSettingsSection::usage);
        if (budget.isEmpty() || actual.isEmpty() || forecast.isEmpty() || anomaly.isEmpty() || usage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CostsSettings(budget.get(), actual.get(), forecast.get(), anomaly.get(), usage.get()));
    }

    private static Optional<UsageAssumptions> usage(MappingReader usage) {
        List<BigDecimal> values = new ArrayList<>(UsageAssumptions.DEFAULTS.values());
        boolean valid = true;
        for (int i = 0; i < USAGE_KEYS.size(); i++) {
            String key = USAGE_KEYS.get(i);
            if (!usage.has(key)) {
                continue;
            }
            Optional<Located<BigDecimal>> value = usage.decimal(key);
            if (value.isPresent() && value.get().value().signum() < 0) {
                usage.report(value.get(), key + " is " + value.get().value().toPlainString()
                        + "; a usage assumption is 0 or more");
                value = Optional.empty();
            }
            valid &= value.isPresent();
            if (value.isPresent()) {
                values.set(i, value.get().value());
            }
        }
        return valid ? Optional.of(UsageAssumptions.of(values)) : Optional.empty();
    }

    private static Optional<BigDecimal> positive(MappingReader section, String key) {
        return section.decimal(key).filter(value -> {
            if (value.value().signum() > 0) {
                return true;
            }
            section.report(value, key + " is " + value.value().toPlainString() + "; give an amount above 0 USD");
            return false;
        }).map(Located::value);
    }

    private static Optional<BigDecimal> percent(MappingReader section, String key) {
        return section.decimal(key).filter(value -> {
            if (value.value().compareTo(BigDecimal.ONE) >= 0 && value.value().compareTo(BigDecimal.valueOf(1000)) <= 0) {
                return true;
            }
            section.report(value, key + " is " + value.value().toPlainString() + "; use a percentage from 1 to 1000, "
                    + "e.g. 80 to alert at 80% of the budget");
            return false;
        }).map(Located::value);
    }
}
