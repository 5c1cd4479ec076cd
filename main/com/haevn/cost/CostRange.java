package com.haevn.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A monthly amount or quantity from {@code low} to {@code high}: equal for fixed resources, a range for autoscaled
 * ones (node groups from their minimum to their maximum size, Aurora Serverless v2 from its minimum to maximum ACU).
 */
public record CostRange(BigDecimal low, BigDecimal high) {

    public static final CostRange ZERO = exactly(BigDecimal.ZERO);

    public CostRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " above high " + high);
        }
    }

    public static CostRange exactly(BigDecimal value) {
        return new CostRange(value, value);
    }

    public static CostRange of(BigDecimal low, BigDecimal high) {
        return new CostRange(low, high);
    }

    public CostRange plus(CostRange other) {
        return new CostRange(low.add(other.low), high.add(other.high));
    }

    public CostRange times(BigDecimal factor) {
        return new CostRange(low.multiply(factor), high.multiply(factor));
    }

    public boolean isRange() {
        return low.compareTo(high) != 0;
    }

    /** Rounded to cents, for reports. */
    public CostRange rounded() {
        return new CostRange(low.setScale(2, RoundingMode.HALF_UP), high.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code $73.00} or {@code $87.60 – $350.40}. */
    public String dollars() {
        CostRange r = rounded();
        return r.isRange() ? "$" + r.low.toPlainString() + " – $" + r.high.toPlainString() : "$" + r.low.toPlainString();
    }

}
