package com.haevn.cli;

import com.haevn.validate.CheckOptions;
import com.haevn.validate.Checks;
import com.haevn.validate.config.RootConfigurations;
import com.haevn.validate.dr.RecoveryTargets;
import com.haevn.validate.dr.RecoveryTargetsByStack;
import com.haevn.validate.dr.RecoveryTargetsError;
import com.haevn.validate.dr.RecoveryTargetsFile;
import com.haevn.validate.plan.AllowedDestructiveChange;
import com.haevn.validate.plan.AllowedDestructiveChanges;
import com.haevn.validate.schema.ProviderSchemas;
import com.haevn.validate.schema.UserSchema;
import com.haevn.validate.ValidationResult;
import com.haevn.validate.Validator;
import com.haevn.validate.report.ReportFormat;
import com.haevn.validate.suppress.Suppression;
import com.haevn.validate.suppress.SuppressionError;
import com.haevn.validate.suppress.SuppressionFile;
import com.haevn.validate.suppress.Suppressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code haevn validate [PATH...]}: validates Terraform JSON and plan JSON offline and prints the findings.
 * Exit status: 0 no unsuppressed error, 1 unsuppressed errors, 2 bad input or usage.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate Terraform JSON (cdktf.out/stacks/*/cdk.tf.json, any *.tf.json) and plan JSON "
                + "(terraform show -json) offline: no terraform, node or network needed.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no unsuppressed error", "1:unsuppressed errors found", "2:bad input or usage"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to validate (default: cdktf.out). Directories are searched for "
                    + "*.tf.json files and plan JSON.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, sarif or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "YAML or JSON file of suppressions: entries of rule, address, reason (20+ characters) "
                    + "and optionally a file glob.")
    Path suppressionsFile;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    Path output;

    @Option(names = "--allow-destroy", paramLabel = "ADDRESS=REASON",
            description = "Accept that a plan destroys or replaces this stateful resource (repeatable), e.g."
                    + " --allow-destroy 'aws_sqs_queue.old=drained and replaced by orders_v2'. The change is still"
                    + " reported, as suppressed, with the reason.")
    List<String> allowDestroy = new ArrayList<>();

    @Option(names = "--root", paramLabel = "PATH",
            description = "Judge the inputs at or under PATH as root configurations (repeatable). Without it, an input"
                    + " is a root when it is a plan or a cdktf stack, configures a provider or declares a backend;"
                    + " root-only rules (docs/rules.md) skip the others.")
    List<Path> roots = new ArrayList<>();

    @Option(names = "--module", paramLabel = "PATH",
            description = "Judge the inputs at or under PATH as reusable child modules (repeatable): root-only rules"
                    + " skip them whatever they contain.")
    List<Path> modules = new ArrayList<>();

    @Option(names = "--recovery-targets", paramLabel = "FILE",
            description = "YAML or JSON file of the RPO/RTO targets the DR rules apply (recovery_targets: core_db,"
                    + " object_storage, redis, each with rpo_seconds and rto_minutes; an environment file will do)."
                    + " Default: the seed's table.")
    Path recoveryTargetsFile;

    @Option(names = "--provider-schema", paramLabel = "FILE",
            description = "The schema of the provider versions in use, as `terraform providers schema -json` writes "
                    + "it (compiled once and cached). Default: a " + UserSchema.FILE_NAME + " in a named folder or "
                    + "beside a named file; else the bundled schemas (AWS 5.23.1).")
    Path providerSchema;

    @Option(names = "--allow-empty",
            description = "Pass when the inputs hold no Terraform JSON or plan JSON at all (by default that is bad "
                    + "input, exit 2: a CI gate must not pass because synth wrote nothing).")
    boolean allowEmpty;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat reportFormat;
        try {
            reportFormat = ReportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return usage(err, "unknown --format \"" + format + "\"; use text, json, sarif or markdown");
        }
        List<Path> inputs = paths.isEmpty() ? List.of(Path.of("cdktf.out")) : paths;
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                return usage(err, "no such file or directory: " + input
                        + (paths.isEmpty() ? " (run `cdktf synth` first, or name the files to validate)" : ""));
            }
        }
        Suppressions suppressions;
        try {
            suppressions = suppressionsFile == null ? Suppressions.none()
                    : Suppressions.of(readSuppressions(suppressionsFile));
        } catch (SuppressionError e) {
            return usage(err, e.getMessage());
        }
        AllowedDestructiveChanges allowed;
        try {
            allowed = new AllowedDestructiveChanges(allowDestroy.stream().map(AllowedDestructiveChange::parse).toList());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        RecoveryTargets recoveryTargets;
        try {
            recoveryTargets = recoveryTargetsFile == null ? RecoveryTargets.seed()
                    : RecoveryTargetsFile.read(recoveryTargetsFile);
        } catch (RecoveryTargetsError e) {
            return usage(err, "--recovery-targets " + e.getMessage());
        }
        ProviderSchemas schemas = ProviderSchemas.bundled();
        Optional<Path> schemaFile = providerSchema != null ? Optional.of(providerSchema) : UserSchema.discover(inputs);
        if (schemaFile.isPresent()) {
            try {
                schemas = schemas.with(UserSchema.load(schemaFile.get(), UserSchema.defaultCacheDir()));
            } catch (IOException e) {
                return usage(err, "--provider-schema " + e.getMessage()
                        + " (write it with `terraform providers schema -json > " + UserSchema.FILE_NAME + "`)");
            }
        }
        ValidationResult result;
        try {
            CheckOptions options = CheckOptions.defaults().withAllowedDestroys(allowed)
                    .withRoots(RootConfigurations.given(roots, modules))
                    .withRecoveryTargets(RecoveryTargetsByStack.everywhere(recoveryTargets));
            result = new Validator(Checks.all(schemas, options), suppressions, allowEmpty).validate(inputs);
        } catch (IllegalStateException e) {
            return usage(err, e.getMessage());
        }
        boolean colour = reportFormat == ReportFormat.TEXT && output == null && System.console() != null
                && System.getenv("NO_COLOR") == null;
        String report = reportFormat.reporter(colour).render(result);
        if (output != null) {
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return usage(err, "cannot write --output " + output + ": " + e.getMessage());
            }
            err.printf("haevn validate: %d file(s), %d blocking finding(s); %s report written to %s%n",
                    result.files().size(), result.blockingCount(), reportFormat, output);
        } else {
            out.print(report);
        }
        out.flush();
        err.flush();
        return result.exitCode();
    }

    private static List<Suppression> readSuppressions(Path file) throws SuppressionError {
        if (!Files.isRegularFile(file)) {
            throw new SuppressionError("--suppressions " + file + ": no such file");
        }
        return SuppressionFile.read(file);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("haevn validate: " + message);
        err.flush();
        return ValidationResult.BAD_INPUT;
    }
}
