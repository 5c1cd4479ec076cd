package com.haevn.cost;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list prices of {@code pricing/prices.yaml}: one entry per unit (and type) and region. A price the table does
 * not hold is unknown: {@link #find} is empty and the estimate reports the resource as not priced.
 *
 * @param hoursPerMonth the hours a monthly figure counts (730 in every source of the table)
 * @param currency      the one currency every entry is in
 * @param entries       the prices, in the file's order
 */
public record PriceTable(BigDecimal hoursPerMonth, String currency, List<PriceEntry> entries) {

    /** The file the launcher and the tests read, relative to the repository root. */
    public static final Path DEFAULT_FILE = Path.of("pricing", "prices.yaml");
    /** The region of prices that do not depend on one (Cloudflare, Grafana Cloud). */
    public static final String GLOBAL = "global";
    private static final List<String> ENTRY_KEYS = List.of("unit", "type", "region", "price", "currency", "source",
            "source_date", "date_read");

    public PriceTable {
        entries = List.copyOf(entries);
        Map<String, PriceEntry> seen = new HashMap<>();
        for (PriceEntry entry : entries) {
            if (!entry.currency().equals(currency)) {
                throw new PriceTableException(entry.describeUnit() + " in " + entry.region() + " is in "
                        + entry.currency() + ", the table is in " + currency + "; convert it at the source");
            }
            PriceEntry first = seen.putIfAbsent(key(entry.unit(), entry.type(), entry.region()), entry);
            if (first != null) {
                throw new PriceTableException(entry.describeUnit() + " in " + entry.region() + " is listed twice; "
                        + "keep one entry per unit and region");
            }
        }
    }

    /** The price of {@code unit} (of {@code type}, if typed) in {@code region}; empty when not confirmed. */
    public Optional<PriceEntry> find(String unit, Optional<String> type, String region) {
        return entries.stream()
                .filter(e -> e.unit().equals(unit) && e.type().equals(type) && e.region().equals(region))
                .findFirst();
    }

    private static String key(String unit, Optional<String> type, String region) {
        return unit + "|" + type.orElse("") + "|" + region;
    }

    /** Reads a price table file; every problem names the entry. */
    public static PriceTable load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PriceTableException("cannot read the price table " + file + ": " + e.getMessage());
        }
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (!(root instanceof Map<?, ?> top)) {
            throw new PriceTableException(file + ": expected a mapping with hours_per_month, currency and prices");
        }
        BigDecimal hours = decimal(top.get("hours_per_month"), file + ": hours_per_month");
        String currency = text(top.get("currency"), file + ": currency");
        if (!(top.get("prices") instanceof List<?> list)) {
            throw new PriceTableException(file + ": prices must be a list of entries");
        }
        List<PriceEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(list.get(i), file + ": prices[" + i + "]"));
        }
        return new PriceTable(hours, currency, entries);
    }

    private static PriceEntry entry(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new PriceTableException(where + ": expected a mapping of " + String.join(", ", ENTRY_KEYS));
        }
        for (Object key : map.keySet()) {
            if (!ENTRY_KEYS.contains(String.valueOf(key))) {
                throw new PriceTableException(where + ": unknown key \"" + key + "\"; valid keys: "
                        + String.join(", ", ENTRY_KEYS));
            }
        }
        String unit = text(map.get("unit"), where + ".unit");
        String at = where + " (" + unit + ")";
        BigDecimal price = decimal(map.get("price"), at + ".price");
        if (price.signum() < 0) {
            throw new PriceTableException(at + ".price: " + price + " is negative");
        }
        return new PriceEntry(unit,
                Optional.ofNullable(map.get("type")).map(t -> text(t, at + ".type")),
                text(map.get("region"), at + ".region"),
                price,
                text(map.get("currency"), at + ".currency"),
                text(map.get("source"), at + ".source: every price names where it was read, so"),
                Optional.ofNullable(map.get("source_date")).map(d -> date(d, at + ".source_date")),
                date(map.get("date_read"), at + ".date_read: every price says when it was read, so"));
    }

    private static String text(Object value, String what) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new PriceTableException(what + " is required");
        }
        return String.valueOf(value).strip();
    }

    private static BigDecimal decimal(Object value, String what) {
        try {
            return new BigDecimal(text(value, what));
        } catch (NumberFormatException e) {
            throw new PriceTableException(what + ": \"" + value + "\" is not a number");
        }
    }

    private static LocalDate date(Object value, String what) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(text(value, what));
        } catch (DateTimeParseException e) {
            throw new PriceTableException(what + ": \"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }
}
