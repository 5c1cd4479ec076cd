package com.haevn.terraform.plan;

import java.nio.file.Path;
import java.time.Duration;

/** What planning one stack offline gave. */
public sealed interface StackPlan {

    String stack();

    /** The one line reported for the stack. */
    String line();

    /**
     * terraform planned the stack.
     *
     * @param planFile the plan JSON written next to the synthesized stack
     */
    record Planned(String stack, int toAdd, int toChange, int toDestroy, Path planFile, Duration elapsed)
            implements StackPlan {
        @Override
        public String line() {
            return "%s: %d to add, %d to change, %d to destroy (%.1f s)".formatted(stack, toAdd, toChange, toDestroy,
                    elapsed.toMillis() / 1000.0);
        }
    }

    /**
     * The stack could not be planned.
     *
     * @param step      what failed: preparing the work folder, terraform init, plan or show
     * @param diagnosis terraform's diagnostic, or why the work folder could not be prepared
     */
    record Failed(String stack, String step, String diagnosis, Duration elapsed) implements StackPlan {
        @Override
        public String line() {
            return stack + ": " + step + " failed (" + "%.1f s".formatted(elapsed.toMillis() / 1000.0) + ")\n"
                    + diagnosis.strip().indent(4).stripTrailing();
        }
    }

    /** The stack was not planned, for the given reason. */
    record Skipped(String stack, String reason) implements StackPlan {
        @Override
        public String line() {
            return stack + ": skipped, " + reason;
        }
    }
}
