package com.haevn.cli;

import com.haevn.cost.BudgetNote;
import com.haevn.cost.CostDiff;
import com.haevn.cost.CostDiffReport;
import com.haevn.cost.CostEstimate;
import com.haevn.cost.CostFormat;
import com.haevn.cost.PriceTable;
import com.haevn.cost.PriceTableException;
import com.haevn.cost.SynthesizedStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * {@code haevn cost}: the monthly cost estimate of synthesized stacks, offline, from the price table of the
 * repository and the usage assumptions each environment's synthesized budget carries ({@link BudgetNote}); no
 * environment file, CDKTF or network is needed. {@code --diff BASE HEAD} the change per stack.
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Estimate the monthly cost per resource, stack and environment from synthesized Terraform JSON "
                + "(cdktf.out), offline: list prices from pricing/prices.yaml; each environment's usage assumptions and "
                + "budget from its synthesized costs stack (the costs section of its file). What has no confirmed "
                + "price is listed as \"not priced\", never counted as zero.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:estimate written", "2:bad input or usage"})
public final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cdktf.out",
            description = "The synth to estimate (a cdktf.out folder). Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = {"-e", "--env"}, paramLabel = "ENV", description = "Only this environment (repeatable).")
    List<String> environments = new ArrayList<>();

    @Option(names = {"-s", "--stack"}, paramLabel = "NAME",
            description = "Only stacks matching this name or glob (repeatable), e.g. --stack '*-runtime'.")
    List<String> stacks = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--diff", arity = "2", paramLabel = "DIR",
            description = "Print the monthly change per stack from the synth BASE_DIR to the synth HEAD_DIR instead.")
    List<Path> diff = new ArrayList<>();

    @Option(names = "--prices", paramLabel = "FILE", defaultValue = "pricing/prices.yaml",
            description = "The price table. Default: ${DEFAULT-VALUE}.")
    Path prices;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return UserErrors.guard(err, () -> run(out, err));
    }

    private int run(PrintWriter out, PrintWriter err) {
        Optional<CostFormat> costFormat = CostFormat.parse(format);
        if (costFormat.isEmpty()) {
            return usage(err, "unknown --format \"" + format + "\"; use text, json or markdown");
        }
        PriceTable table;
        try {
            table = PriceTable.load(prices);
        } catch (PriceTableException e) {
            return usage(err, e.getMessage());
        }
        List<Path> inputs = diff.isEmpty() ? List.of(this.out) : diff;
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                return usage(err, "no such synth folder: " + input + " (run `./haevn synth` first)");
            }
        }
        Predicate<SynthesizedStack> selected = selection();
        if (diff.isEmpty()) {
            List<SynthesizedStack> all = SynthesizedStack.readAll(this.out);
            CostEstimate estimate = BudgetNote.estimator(table, all).estimate(all, selected);
            if (estimate.stacks().isEmpty()) {
                return usage(err, "no synthesized stack in " + this.out + " matches " + environments + " " + stacks);
            }
            out.print(costFormat.get().render(estimate));
        } else {
            List<SynthesizedStack> baseStacks = SynthesizedStack.readAll(diff.get(0));
            List<SynthesizedStack> headStacks = SynthesizedStack.readAll(diff.get(1));
            CostEstimate base = BudgetNote.estimator(table, baseStacks).estimate(baseStacks, selected);
            CostEstimate head = BudgetNote.estimator(table, headStacks).estimate(headStacks, selected);
            out.print(CostDiffReport.render(CostDiff.between(base, head), costFormat.get()));
        }
        out.flush();
        return 0;
    }

    private Predicate<SynthesizedStack> selection() {
        List<PathMatcher> matchers = stacks.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        return stack -> (environments.isEmpty() || environments.contains(stack.environment()))
                && (matchers.isEmpty() || matchers.stream().anyMatch(m -> m.matches(Path.of(stack.name()))));
    }

    private static int usage(PrintWriter err, String message) {
        err.println("haevn cost: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
