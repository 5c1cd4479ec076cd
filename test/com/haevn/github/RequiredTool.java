package com.haevn.github;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests here need tools from outside the JVM (node with the pinned node_modules, bash, jq).
 * Where one is missing they skip loudly, except under {@code -Dhaevn.requireTerraform=true}
 * (CI), where a missing tool is a failure: CI must never pass by skipping its checks.
 */
final class RequiredTool {

    private RequiredTool() {
    }

    static boolean required() {
        return Boolean.getBoolean("haevn.requireTerraform");
    }

    /** Skips (or, in CI, fails) the calling test unless {@code available}. */
    static void require(boolean available, String missing, String fix) {
        if (available) {
            return;
        }
        String message = missing + ". " + fix;
        if (required()) {
            fail(message + " (haevn.requireTerraform=true: this check must run here, not be skipped)");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
    }
}
