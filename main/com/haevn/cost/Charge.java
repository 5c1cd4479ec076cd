package com.haevn.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One priced component of a resource: a quantity of a unit of the price table in a region, e.g. 730 hours of
 * {@code eks-cluster-hour} in us-east-1. Without a confirmed price it is not priced, and never counted as zero.
 *
 * @param description  what is charged, e.g. "cluster hours"
 * @param unit         the price table's unit
 * @param type         the instance type or class, for typed units
 * @param region       where it is charged
 * @param quantity     units per month (a range for autoscaled resources)
 * @param assumption   the usage assumption the quantity rests on, for usage-based charges
 * @param price        the table's price, when confirmed
 */
public record Charge(String description, String unit, Optional<String> type, String region, CostRange quantity,
                     Optional<String> assumption, Optional<PriceEntry> price) {

    public Charge {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(assumption, "assumption");
        Objects.requireNonNull(price, "price");
    }

    /** The monthly cost, when the price is confirmed. */
    public Optional<CostRange> cost() {
        return price.map(p -> quantity.times(p.price()));
    }

    /** {@code ec2-instance-hour m6i.xlarge in us-west-2}: what the table lacks for this charge. */
    public String unpricedUnit() {
        return type.map(t -> unit + " " + t).orElse(unit) + " in " + region;
    }

    public Optional<BigDecimal> unitPrice() {
        return price.map(PriceEntry::price);
    }
}
