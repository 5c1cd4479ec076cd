package com.haevn.environment;

import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every loaded environment, sorted by name. */
public final class Environments {

    private final List<Environment> all;

    /**
     * @param environments environments with distinct names, in any order
     * @throws IllegalArgumentException when two share a name
     */
    public Environments(List<Environment> environments) {
        List<Environment> sorted = environments.stream().sorted(Comparator.comparing(Environment::name)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalArgumentException("two environments are named " + sorted.get(i).name());
            }
        }
        this.all = sorted;
    }

    /** All environments, sorted by name. */
    public List<Environment> all() {
        return all;
    }

    /** The environment with this name, if there is one. */
    public Optional<Environment> find(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The environment with this name.
     *
     * @throws NoSuchElementException naming the known environments when there is none
     */
    public Environment get(String name) {
        return find(name).orElseThrow(() -> new NoSuchElementException(
                "no environment named \"" + name + "\"; known environments: " + names()));
    }

    private String names() {
        return all.stream().map(Environment::name).collect(Collectors.joining(", "));
    }
}
