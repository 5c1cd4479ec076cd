package com.haevn.stacks;

import com.haevn.environment.Environment;
import com.haevn.environment.RegionConfig;

import java.util.Objects;

/**
 * One producing stack's value of an import that reads several stacks ({@link StackExports#readAll}).
 *
 * @param environment the producer's environment
 * @param region      the producer's region
 * @param exports     its exports, as references into its remote state
 * @param <T>         the record type
 */
public record Produced<T extends Record>(Environment environment, RegionConfig region, T exports) {

    public Produced {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(exports, "exports");
    }
}
