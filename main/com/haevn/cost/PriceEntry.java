package com.haevn.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One list price of the table.
 *
 * @param unit       what one price buys, e.g. {@code eks-cluster-hour}, {@code nat-gateway-gb}
 * @param type       the instance type or class for units priced per type ({@code m6i.large}); empty otherwise
 * @param region     an AWS region code, or {@link PriceTable#GLOBAL} for prices that do not depend on a region
 * @param price      the price of one unit
 * @param currency   ISO code, e.g. USD
 * @param source     where the price was read
 * @param sourceDate the source's own date, when it has one
 * @param dateRead   when the price was read from the source
 */
public record PriceEntry(String unit, Optional<String> type, String region, BigDecimal price, String currency,
                         String source, Optional<LocalDate> sourceDate, LocalDate dateRead) {

    public PriceEntry {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDate, "sourceDate");
        Objects.requireNonNull(dateRead, "dateRead");
    }

    /** The unit with its type, e.g. {@code ec2-instance-hour m6i.large}. */
    public String describeUnit() {
        return type.map(t -> unit + " " + t).orElse(unit);
    }
}
