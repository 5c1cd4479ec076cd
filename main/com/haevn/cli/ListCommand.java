package com.haevn.cli;

import com.haevn.stacks.StackMatrix;
import com.haevn.stacks.StackSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code haevn list}: prints the stack matrix. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Prints the stack matrix: every stack with its environment, region, layer and state backend.")
final class ListCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        return UserErrors.guard(spec.commandLine().getErr(), () -> {
            StackMatrix matrix = selection.select();
            String format = "%-28s %-12s %-20s %-10s %s%n";
            out.printf(format, "STACK", "ENVIRONMENT", "REGION", "LAYER", "STATE");
            for (StackSpec stack : matrix.stacks()) {
                out.printf(format, stack.name(), stack.environment().name(),
                        stack.region().region().name() + (stack.global() ? " (global)" : ""),
                        stack.layer().name(), stack.layer().stateLocation().name().toLowerCase());
            }
            out.printf("%d stacks%n", matrix.stacks().size());
            return ExitCodes.OK;
        });
    }
}
