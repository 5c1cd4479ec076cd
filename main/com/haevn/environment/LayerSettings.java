package com.haevn.environment;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/** The settings an environment holds for its layers, one value per {@link SettingsSection}. */
public final class LayerSettings {

    private final Map<String, Object> bySection;

    /** @param bySection each section's key and the value its {@link SettingsSection#read} returned */
    public LayerSettings(Map<String, ?> bySection) {
        this.bySection = new TreeMap<>(bySection);
    }

    /**
     * The settings of one section.
     *
     * @throws NoSuchElementException when the section was not read for this environment
     */
    @SuppressWarnings("unchecked") // the value was stored from this section's own read(), which returns a T
    public <T> T get(SettingsSection<T> section) {
        Object value = bySection.get(section.key());
        if (value == null) {
            throw new NoSuchElementException("no \"" + section.key() + "\" settings: the section was not read");
        }
        return (T) value;
    }
}
