package com.haevn.environment;

import java.util.List;
import java.util.Optional;

/**
 * The section of the environment files that one layer owns, e.g. {@code network:}: its key, the keys inside it, what
 * each key means (for {@code environments/README.md}), and how to read and check it. The loader hands each section
 * its own mapping; every problem goes through the reader, so all of them are reported at once with file, line and
 * key path.
 *
 * @param <T> the typed, validated settings the section yields
 */
public interface SettingsSection<T> {

    /** The top-level key of the section, e.g. {@code network}: the name of the layer that reads it. */
    String key();

    /** The keys allowed directly inside the section, all required, in the order they are documented. */
    List<String> keys();

    /** One row per key (or group of keys) for the reference table of {@code environments/README.md}. */
    List<SettingDoc> documentation();

    /**
     * Reads the section.
     *
     * @param section the section's mapping, already checked against {@link #keys()}
     * @param context the environment's tier and regions as far as they could be read, for rules that depend on
     *                them (staging and production need more redundancy than development)
     * @return the settings, or empty when anything was reported
     */
    Optional<T> read(MappingReader section, SectionContext context);
}
