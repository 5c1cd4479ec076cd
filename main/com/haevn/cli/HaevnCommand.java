package com.haevn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code haevn}: synthesizes the Haevn platform's Terraform and validates it. */
@Command(name = "haevn",
        mixinStandardHelpOptions = true,
        version = "haevn 0.1.0 (cdktf 0.19.2, AWS provider bindings 18.0.3)",
        description = {
                "Generates the Terraform of the Haevn platform (every layer, environment and region) with CDK for"
                        + " Terraform, and validates Terraform JSON and plan JSON offline.",
                "",
                "Exit codes: 0 success, 1 validation found errors, 2 bad configuration, input or usage."},
        subcommands = {
                ListCommand.class,
                SynthCommand.class,
                ValidateCommand.class,
                PlanReportCommand.class,
                PlanRedactCommand.class,
                PlanCommand.class,
                ModulesCommand.class,
                CostCommand.class,
                CdktfAppCommand.class,
                CommandLine.HelpCommand.class})
public final class HaevnCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: tests run it with their own writers and read the exit code. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HaevnCommand());
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("haevn: " + e.getMessage());
            e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return commandLine;
    }
}
