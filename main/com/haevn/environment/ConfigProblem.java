package com.haevn.environment;

import java.util.Objects;

/**
 * One problem found in the environment files.
 *
 * @param file    the file as named to the loader, e.g. {@code environments/prod.yaml}
 * @param keyPath where in the file, e.g. {@code regions[1].vpc_cidr}; empty for whole-file problems
 * @param line    1-based line, 0 when unknown
 * @param message what was received and what would be valid
 */
public record ConfigProblem(String file, String keyPath, int line, String message) {

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        keyPath = keyPath == null ? "" : keyPath;
        Objects.requireNonNull(message, "message");
    }

    /** {@code environments/prod.yaml:12: regions[1].vpc_cidr: message}; parts that are unknown are left out. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (keyPath.isEmpty() ? "" : keyPath + ": ") + message;
    }
}
