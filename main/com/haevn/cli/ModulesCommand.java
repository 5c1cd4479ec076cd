package com.haevn.cli;

import com.haevn.tfmodules.GeneratedModule;
import com.haevn.tfmodules.ModuleCatalog;
import com.haevn.tfmodules.ModuleGenerator;
import com.haevn.tfmodules.ModuleRecipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code haevn modules [-o DIR]}: writes the constructs that map onto Terraform variables as self-contained plain
 * Terraform modules, one folder each with {@code main.tf.json} and {@code README.md}.
 */
@Command(name = "modules", mixinStandardHelpOptions = true,
        description = "Generate plain Terraform modules (main.tf.json and README.md per folder) from the constructs"
                + " for teams without CDKTF: network, queue (with its dead-letter queue) and bucket. Deterministic.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:modules written", "2:cannot write the output folder"})
public final class ModulesCommand implements Callable<Integer> {

    /** Where the modules go by default, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("dist", "modules");

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder to write the modules into, one subfolder each (default: dist/modules).")
    Path output = DEFAULT_OUTPUT;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (ModuleRecipe recipe : ModuleCatalog.all()) {
            GeneratedModule module = ModuleGenerator.generate(recipe);
            Path folder = output.resolve(module.name());
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve("main.tf.json"), module.mainTf(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve("README.md"), module.readme(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("haevn modules: cannot write " + folder + ": " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            out.printf("%s: %d resources, %d inputs, %d outputs -> %s%n", module.name(), module.resources(),
                    recipe.inputs().size(), module.outputs(), folder);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
