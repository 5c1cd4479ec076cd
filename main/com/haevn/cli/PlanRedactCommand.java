package com.haevn.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.planreport.PlanRedaction;
import com.haevn.planreport.PlanReportError;
import com.haevn.planreport.StackPlanFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code haevn plan-redact PLAN_JSON...}: replaces, in place, every value terraform marks sensitive in plan JSON
 * files, which {@code terraform show -json} writes in clear text, before they are kept as CI artifacts. Every file is
 * checked before any is written. Exit status: 0 redacted, 2 bad input.
 */
@Command(name = "plan-redact", mixinStandardHelpOptions = true,
        description = "Redact plan JSON files in place: every value terraform marks sensitive (resource changes,"
                + " drift, planned and prior values, outputs, sensitive input variables) becomes \"(sensitive)\".",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:redacted", "2:bad input or usage"})
public final class PlanRedactCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN_JSON", arity = "1..*", description = "Plan JSON files (terraform show -json).")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<StackPlanFile> plans = new ArrayList<>();
        try {
            for (Path file : files) {
                plans.add(StackPlanFile.read(file, file.toString()));
            }
        } catch (PlanReportError e) {
            err.println("haevn plan-redact: " + e.getMessage() + "; nothing was written");
            err.flush();
            return ExitCodes.USAGE;
        }
        for (StackPlanFile plan : plans) {
            ObjectNode redacted = PlanRedaction.redact((ObjectNode) plan.root().deepCopy());
            Path temporary = Files.createTempFile(plan.file().toAbsolutePath().getParent(), ".redact-", ".json");
            JSON.writeValue(temporary.toFile(), redacted);
            Files.move(temporary, plan.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        spec.commandLine().getOut().println("Redacted " + plans.size() + " plan file(s)");
        return ExitCodes.OK;
    }
}
