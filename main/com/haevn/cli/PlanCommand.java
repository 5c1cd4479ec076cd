package com.haevn.cli;

import com.haevn.stacks.StackMatrix;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.terraform.ProviderMirror;
import com.haevn.terraform.TerraformBinary;
import com.haevn.terraform.TerraformRunner;
import com.haevn.terraform.plan.OfflinePlanner;
import com.haevn.terraform.plan.StackPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code haevn plan --offline}: synthesizes the selected stacks and plans each AWS-only one with terraform offline. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {
                "Synthesizes the selected stacks (all by default) into the output folder, then plans every one that"
                        + " uses only the AWS provider with the machine's terraform and no cloud access: local backend,"
                        + " mock AWS credentials, the outputs of the stacks it reads as local state files with"
                        + " plausible values, dummies for sensitive variables. Writes each stack's plan JSON to"
                        + " OUTPUT/stacks/STACK/plan.json and prints a line per stack.",
                "Needs terraform on the PATH and " + ProviderMirror.VARIABLE + " naming a filesystem mirror of the"
                        + " hashicorp/aws provider (docs/plan.md)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every AWS-only stack planned", "1:a stack could not be planned",
                "2:bad configuration or usage, terraform or the provider mirror missing"})
final class PlanCommand implements Callable<Integer> {

    @Option(names = "--offline", required = true,
            description = "Plan without cloud access (required: plans against real state run in CI with credentials).")
    boolean offline;

    @Mixin
    SelectionOptions selection;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdktf.out",
            description = "Output folder of the synth, where the plan JSON goes too. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--work-dir", paramLabel = "DIR", defaultValue = "target/offline-plan",
            description = "Work folders (one per stack) and the shared provider plugin cache."
                    + " Default: ${DEFAULT-VALUE}.")
    Path workDirectory;

    @Option(names = {"-j", "--parallel"}, paramLabel = "N",
            description = "Stacks planned at a time. Default: the number of processors (${DEFAULT-VALUE}).")
    int parallelism = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (parallelism < 1) {
            err.println("haevn: --parallel must be at least 1, not " + parallelism);
            return ExitCodes.USAGE;
        }
        if (TerraformBinary.locate().isEmpty()) {
            err.println("haevn: terraform is not on the PATH. Offline plans run the machine's terraform (1.11 or"
                    + " later): install it, or use 'haevn validate' for the checks that need no terraform.");
            return ExitCodes.USAGE;
        }
        if (ProviderMirror.fromEnvironment().isEmpty()) {
            String value = System.getenv(ProviderMirror.VARIABLE);
            err.println("haevn: " + ProviderMirror.VARIABLE + " must name a filesystem mirror of the hashicorp/aws"
                    + " provider (its top folder, in terraform's HOST/hashicorp/aws/VERSION/PLATFORM/ layout);"
                    + " it is " + (value == null ? "unset" : "'" + value + "', which is no directory")
                    + ". See docs/plan.md.");
            return ExitCodes.USAGE;
        }
        return UserErrors.guard(err, () -> {
            StackMatrix selected = selection.select();
            SynthResult synth = new Synthesizer().synthesize(selected, new OutputDirectory(output),
                    Synthesizer.Progress.SILENT);
            out.printf("Synthesized %d stacks into %s; planning offline, %d at a time%n", synth.stackCount(), output,
                    parallelism);
            out.flush();
            Path work = workDirectory.toAbsolutePath();
            TerraformRunner terraform = TerraformRunner.offline(work).orElseThrow();
            long started = System.nanoTime();
            List<StackPlan> plans = new OfflinePlanner(terraform, work, parallelism)
                    .plan(synth.outputDirectory(), selected.names(), plan -> {
                        out.println(plan.line());
                        out.flush();
                    });
            long failed = plans.stream().filter(p -> p instanceof StackPlan.Failed).count();
            long skipped = plans.stream().filter(p -> p instanceof StackPlan.Skipped).count();
            out.printf("Planned %d of %d stacks offline in %.1f s (%d failed, %d skipped); plan JSON in"
                            + " %s/stacks/<stack>/%s%n", plans.size() - failed - skipped, plans.size(),
                    (System.nanoTime() - started) / 1e9, failed, skipped, output, OfflinePlanner.PLAN_FILE);
            return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
        });
    }
}
