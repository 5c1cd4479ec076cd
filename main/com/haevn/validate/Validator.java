package com.haevn.validate;

import com.haevn.validate.core.DocumentCheck;
import com.haevn.validate.core.DocumentKind;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.load.DocumentLoader;
import com.haevn.validate.load.LoadResult;
import com.haevn.validate.plan.PlanSummary;
import com.haevn.validate.suppress.Suppressions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    private final boolean allowEmpty;

    public Validator() {
        this(Checks.all(), Suppressions.none());
    }

    public Validator(List<DocumentCheck> checks, Suppressions suppressions) {
        this(checks, suppressions, false);
    }

    /** @param allowEmpty whether an input holding no Terraform JSON or plan JSON passes (else it is bad input) */
    public Validator(List<DocumentCheck> checks, Suppressions suppressions, boolean allowEmpty) {
        this.checks = List.copyOf(checks);
        this.suppressions = suppressions;
        this.allowEmpty = allowEmpty;
    }

    public ValidationResult validate(List<Path> paths) {
        long start = System.nanoTime();
        LoadResult loaded = new DocumentLoader(allowEmpty).load(paths);
        return check(loaded.documents(), loaded.findings(), loaded.files(), start);
    }

    /**
     * Checks documents a caller already parsed (e.g. plans the plan report read, with file-level locations only):
     * the same checks and suppressions as {@link #validate(List)}, without reading the files again.
     */
    public ValidationResult validateParsed(List<LoadedDocument> documents) {
        return check(documents, List.of(), documents.stream().map(LoadedDocument::file).toList(), System.nanoTime());
    }

    private ValidationResult check(List<LoadedDocument> documents, List<Finding> loadFindings, List<String> files,
                                   long start) {
        List<Finding> findings = new ArrayList<>(loadFindings);
        Map<String, PlanSummary> plans = new LinkedHashMap<>();
        for (LoadedDocument document : documents) {
            if (document.kind() == DocumentKind.PLAN_JSON) {
                plans.put(document.file(), PlanSummary.of(document.root()));
            }
            // checks are independent and only read the document: on a large stack, running them side by side
            // is what keeps 50,000 resources within budget; the ordered stream keeps the output deterministic
            List<Finding> documentFindings = new ArrayList<>();
            checks.parallelStream().map(check -> run(check, document)).toList().forEach(documentFindings::addAll);
            findings.addAll(suppressions.apply(document, documentFindings));
        }
        findings.sort(ORDER);
        return new ValidationResult(findings, files, Duration.ofNanos(System.nanoTime() - start), plans);
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
