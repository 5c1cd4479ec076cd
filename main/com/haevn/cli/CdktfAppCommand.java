package com.haevn.cli;

import com.haevn.stacks.StackMatrix;
import com.haevn.synth.Synthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * The app command of cdktf.json: {@code cdktf synth}, {@code cdktf plan} and {@code cdktf deploy} run it, and it
 * writes every stack into the folder the cdktf CLI names in {@code CDKTF_OUTDIR} (the CLI manages that folder).
 */
@Command(name = "cdktf-app", hidden = true,
        description = "Synthesizes into $CDKTF_OUTDIR for the cdktf CLI (cdktf.json's app command).")
final class CdktfAppCommand implements Callable<Integer> {

    @Mixin
    SelectionOptions selection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return UserErrors.guard(spec.commandLine().getErr(), () -> {
            String outdir = System.getenv().getOrDefault("CDKTF_OUTDIR", "cdktf.out");
            StackMatrix selected = selection.select();
            new Synthesizer().synthesizeInto(selected, Path.of(outdir), Synthesizer.Progress.SILENT);
            return ExitCodes.OK;
        });
    }
}
