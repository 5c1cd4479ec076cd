package com.haevn.cli;

import com.haevn.environment.Environment;
import com.haevn.stacks.StackMatrix;
import com.haevn.stacks.StackSpec;
import com.haevn.synth.OutputDirectory;
import com.haevn.synth.SynthResult;
import com.haevn.synth.Synthesizer;
import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.report.ReportFormat;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.suppress.Suppressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code haevn synth}: synthesizes the selected stacks into cdktf.out. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {
                "Synthesizes the selected stacks (all by default) into the output folder, as cdktf synth does.",
                "The output is written beside the old one and swapped in only when complete: a failed synth leaves"
                        + " the previous output untouched. The same input always gives byte-identical files.",
                "Then validates what it wrote, as 'haevn validate' does."})
final class SynthCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "cdktf.out",
            description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines, only the summary.")
    boolean quiet;

    @Option(names = "--no-validate", negatable = false,
            description = "Skip validating the output (see 'haevn validate'); by default findings are printed"
                    + " and an unsuppressed error makes the exit code 1.")
    boolean skipValidation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return UserErrors.guard(err, () -> {
            StackMatrix selected = selection.select();
            SynthResult result = new Synthesizer().synthesize(selected, new OutputDirectory(output), progress(err));
            out.printf("Synthesized %d stacks, %d resources in %.1f s into %s%n",
                    result.stackCount(), result.resourceCount(), result.elapsed().toMillis() / 1000.0, output);
            return skipValidation ? ExitCodes.OK : validate(result, selected, out);
        });
    }

    /**
     * The validator on what was just written, with each environment's own recovery targets: the full report when it
     * found something, else one line.
     */
    private static int validate(SynthResult synthesized, StackMatrix selected, PrintWriter out) {
        List<Environment> environments = selected.stacks().stream().map(StackSpec::environment).distinct().toList();
        Validator validator = new Validator(Checks.all(ProviderSchemas.bundled(), CheckOptions.defaults()
                .withRecoveryTargets(EnvironmentRecoveryTargets.of(environments))), Suppressions.none());
        ValidationResult validation = validator.validate(List.of(synthesized.outputDirectory()));
        boolean anythingToShow = validation.findings().stream().anyMatch(f -> !f.suppressed());
        if (anythingToShow) {
            out.print(ReportFormat.TEXT.reporter(false).render(validation));
        } else {
            out.printf("Validated %d files: no findings (%d suppressed) in %d ms%n", validation.files().size(),
                    validation.suppressedCount(), validation.duration().toMillis());
        }
        out.flush();
        return validation.exitCode();
    }

    private Synthesizer.Progress progress(PrintWriter err) {
        return new Synthesizer.Progress() {
            @Override
            public void stackBuilt(StackSpec stack, int built, int total) {
                if (!quiet) {
                    err.printf("[%d/%d] built %s%n", built, total, stack.name());
                    err.flush();
                }
            }

            @Override
            public void writing(int stacks) {
                if (!quiet) {
                    err.printf("writing %d stacks ...%n", stacks);
                    err.flush();
                }
            }
        };
    }
}
