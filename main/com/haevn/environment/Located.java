package com.haevn.environment;

/** A value read from an environment file, with the place it was read from so later checks can point at it. */
public record Located<T>(T value, String keyPath, int line) {
}
