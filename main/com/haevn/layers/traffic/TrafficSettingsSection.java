package com.haevn.layers.traffic;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;

import java.util.List;
import java.util.Optional;

/** Reads and checks the {@code traffic} section: the monitor's interval, timeout (below the interval) and retries. */
final class TrafficSettingsSection implements SettingsSection<TrafficSettings> {

    static final List<String> MONITOR_KEYS = List.of("interval_seconds", "timeout_seconds", "retries");

    @Override
    public String key() {
        return TrafficLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("monitor");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(new SettingDoc("monitor", "mapping", "Cloudflare's health check of each region's ALB "
                + "(HTTPS GET of `frontdoor.health_check_path`, 200 expected): `interval_seconds` (15 to 3600; "
                + "below 60 needs a Load Balancing plan that allows it), `timeout_seconds` (1 to 10, below the "
                + "interval), `retries` (0 to 5)"));
    }

    @Override
    public Optional<TrafficSettings> read(MappingReader section, SectionContext context) {
        Optional<MappingReader> monitor = section.mapping("monitor", MONITOR_KEYS);
        if (monitor.isEmpty()) {
            return Optional.empty();
        }
        MappingReader values = monitor.get();
        Optional<Integer> interval = values.integer("interval_seconds").flatMap(v -> inRange(v, 15, 3600, values));
        Optional<Integer> timeout = values.integer("timeout_seconds").flatMap(v -> inRange(v, 1, 10, values));
        Optional<Integer> retries = values.integer("retries").flatMap(v -> inRange(v, 0, 5, values));
        if (interval.isEmpty() || timeout.isEmpty() || retries.isEmpty()) {
            return Optional.empty();
        }
        if (timeout.get() >= interval.get()) {
            values.report("timeout_seconds", "a timeout of " + timeout.get() + " s is not below the interval of "
                    + interval.get() + " s; a probe must end before the next starts");
            return Optional.empty();
        }
        return Optional.of(new TrafficSettings(interval.get(), timeout.get(), retries.get()));
    }

    private static Optional<Integer> inRange(Located<Integer> value, int min, int max, MappingReader section) {
        if (value.value() < min || value.value() > max) {
            section.report(value, value.value() + " is out of range here; use " + min + " to " + max);
            return Optional.empty();
        }
        return Optional.of(value.value());
    }
}
