package com.haevn.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.planreport.JsonPlanReport;
import com.haevn.planreport.MarkdownPlanReport;
import com.haevn.planreport.PlanFingerprint;
import com.haevn.planreport.PlanReport;
import com.haevn.planreport.PlanReportError;
import com.haevn.planreport.PlanReports;
import com.haevn.planreport.ReviewContext;
import com.haevn.planreport.StackPlanFile;
import com.haevn.validate.plan.AllowedDestructiveChange;
import com.haevn.validate.plan.AllowedDestructiveChanges;
import com.haevn.validate.schema.ProviderSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code haevn plan-report PLAN_JSON...}: one review report of many stacks' plans (docs/plan-report.md).
 * Exit status: 0 report written, 2 bad input or usage.
 */
@Command(name = "plan-report", mixinStandardHelpOptions = true,
        description = "Report the plan JSON (terraform show -json) of one or more stacks: summary counts as terraform"
                + " prints them, stateful destructive changes with their change-control status, the validator's"
                + " findings, attribute diffs (sensitive values masked), drift, the change-control checklist and a"
                + " fingerprint per stack. The Markdown stays under --max-chars by dropping detail step by step.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:report written", "2:bad input or usage"})
public final class PlanReportCommand implements Callable<Integer> {

    private static final Pattern ALLOW_LINE = Pattern.compile("(?m)^\\s*allow-destroy:\\s*(.+?)\\s*$");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN_JSON", arity = "1..*",
            description = "Plan JSON files, or folders searched for plan.json and *.plan.json (one per stack). A stack"
                    + " is named by its folder (plan-STACK or the stack folder) unless --stack-name names it.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--stack-name", paramLabel = "NAME",
            description = "The stack name of each plan file, in the order given (repeatable; one per file).")
    List<String> stackNames = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (the pull request comment) or json (the full report) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + MarkdownPlanReport.DEFAULT_MAX_CHARS,
            description = "Budget of the Markdown report in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--allow-destroy", paramLabel = "ADDRESS=REASON",
            description = "Accept that a plan destroys or replaces this stateful resource (repeatable).")
    List<String> allowDestroy = new ArrayList<>();

    @Option(names = "--pr-description", paramLabel = "FILE",
            description = "The pull request description: its `allow-destroy: ADDRESS=REASON` lines are read.")
    Path prDescription;

    @Option(names = "--pr-labels", paramLabel = "JSON",
            description = "The pull request's labels as a JSON array, for checklist item 1.")
    String prLabels;

    @Option(names = "--failed-stack", paramLabel = "STACK",
            description = "A stack whose plan failed (repeatable): listed, and checklist item 3 is not satisfied.")
    List<String> failedStacks = new ArrayList<>();

    @Option(names = "--artifact-url", paramLabel = "URL",
            description = "Where the full report is kept (the workflow run), named when detail is left out.")
    String artifactUrl;

    @Option(names = "--fingerprints",
            description = "Print only one line per stack: STACK FINGERPRINT CHANGES, CHANGES the number of resource"
                    + " changes the fingerprint covers (what the deploy's plan check compares).")
    boolean fingerprintsOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("markdown") && !format.equals("json")) {
            return usage(err, "unknown --format \"" + format + "\"; use markdown or json");
        }
        if (maxChars < 1000) {
            return usage(err, "--max-chars " + maxChars + " is too small: the summary alone needs more");
        }
        try {
            List<Path> files = planFiles();
            if (!stackNames.isEmpty() && stackNames.size() != files.size()) {
                return usage(err, stackNames.size() + " --stack-name for " + files.size() + " plan file(s): give one"
                        + " per file, in order, or none");
            }
            List<StackPlanFile> plans = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                plans.add(StackPlanFile.read(files.get(i), stackNames.isEmpty() ? null : stackNames.get(i)));
            }
            String text;
            if (fingerprintsOnly) {
                StringBuilder lines = new StringBuilder();
                plans.forEach(p -> lines.append(p.stack()).append(' ').append(PlanFingerprint.of(p.root())).append(' ')
                        .append(PlanFingerprint.changeCount(p.root())).append('\n'));
                text = lines.toString();
            } else {
                PlanReport report = new PlanReports(ProviderSchemas.bundled(), allowed()).build(plans, review());
                if (format.equals("json")) {
                    text = JsonPlanReport.render(report);
                } else {
                    MarkdownPlanReport.Rendered rendered = new MarkdownPlanReport(report).render(maxChars);
                    if (!rendered.fits()) {
                        err.println("haevn plan-report: even the summary of " + plans.size() + " stacks is "
                                + rendered.text().length() + " characters, over --max-chars " + maxChars);
                    }
                    text = rendered.text();
                }
            }
            write(text, out, err, plans.size());
            return ExitCodes.OK;
        } catch (PlanReportError e) {
            return usage(err, e.getMessage());
        } catch (UncheckedIOException e) {
            return usage(err, e.getCause().getMessage());
        }
    }

    private List<Path> planFiles() throws PlanReportError {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                List<Path> found = walk.filter(Files::isRegularFile).filter(p -> {
                    String name = p.getFileName().toString();
                    return name.equals("plan.json") || name.endsWith(".plan.json");
                }).sorted().toList();
                if (found.isEmpty()) {
                    throw new PlanReportError(input + ": no plan.json or *.plan.json in this folder");
                }
                files.addAll(found);
            } catch (IOException e) {
                throw new PlanReportError(input + ": cannot list: " + e.getMessage());
            }
        }
        return files;
    }

    private AllowedDestructiveChanges allowed() throws PlanReportError {
        List<String> given = new ArrayList<>(allowDestroy);
        if (prDescription != null) {
            try {
                Matcher lines = ALLOW_LINE.matcher(Files.readString(prDescription, StandardCharsets.UTF_8)
                        .replace("\r", ""));
                while (lines.find()) {
                    given.add(lines.group(1));
                }
            } catch (IOException e) {
                throw new PlanReportError("--pr-description " + prDescription + ": cannot read: " + e.getMessage());
            }
        }
        try {
            return new AllowedDestructiveChanges(given.stream().map(AllowedDestructiveChange::parse).toList());
        } catch (IllegalArgumentException e) {
            throw new PlanReportError(e.getMessage());
        }
    }

    private ReviewContext review() throws PlanReportError {
        Optional<List<String>> labels = Optional.empty();
        if (prLabels != null) {
            try {
                JsonNode array = new ObjectMapper().readTree(prLabels);
                if (array == null || !array.isArray()) {
                    throw new PlanReportError("--pr-labels must be a JSON array of label names, got: " + prLabels);
                }
                List<String> names = new ArrayList<>();
                array.forEach(label -> names.add(label.asText()));
                labels = Optional.of(names);
            } catch (IOException e) {
                throw new PlanReportError("--pr-labels is not JSON: " + prLabels);
            }
        }
        return new ReviewContext(labels, failedStacks, Optional.ofNullable(artifactUrl).filter(u -> !u.isBlank()));
    }

    private void write(String text, PrintWriter out, PrintWriter err, int stacks) {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write --output " + output + ": " + e.getMessage(), e));
        }
        err.printf("haevn plan-report: %d stack(s), %d characters written to %s%n", stacks, text.length(), output);
        err.flush();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("haevn plan-report: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
