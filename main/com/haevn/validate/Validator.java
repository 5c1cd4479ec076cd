package com.haevn.validate;

import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.DocumentLoader;
import com.haevn.validate.load.LoadResult;
import com.haevn.validate.suppress.Suppressions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates Terraform JSON and plan JSON files offline: loads them, runs every {@link DocumentCheck} on every
 * document, applies suppressions and returns all findings. Never throws on bad input or on a failing check.
 */
public final class Validator {

    /** Sort order of findings in every report: file, line, column, rule, address, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::address)
            .thenComparing(Finding::message);

    private final List<DocumentCheck> checks;
    private final Suppressions suppressions;

    public Validator() {
        this(Checks.all(), Suppressions.none());
    }

    public Validator(List<DocumentCheck> checks, Suppressions suppressions) {
        this.checks = List.copyOf(checks);
        this.suppressions = suppressions;
    }

    public ValidationResult validate(List<Path> paths) {
        long start = System.nanoTime();
        LoadResult loaded = new DocumentLoader().load(paths);
        List<Finding> findings = new ArrayList<>(loaded.findings());
        for (LoadedDocument document : loaded.documents()) {
            // checks are independent and only read the document: on a large stack, running them side by side
            // is what keeps 50,000 resources within budget; the ordered stream keeps the output deterministic
            List<Finding> documentFindings = new ArrayList<>();
            checks.parallelStream().map(check -> run(check, document)).toList().forEach(documentFindings::addAll);
            findings.addAll(suppressions.apply(document, documentFindings));
        }
        findings.sort(ORDER);
        return new ValidationResult(findings, loaded.files(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<Finding> run(DocumentCheck check, LoadedDocument document) {
        try {
            List<Finding> found = check.check(document);
            return found == null ? List.of() : found;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(CheckFailure.of(check.name(), document, e));
        }
    }
}
