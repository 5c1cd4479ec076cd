package com.haevn.validate;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.plan.PlanSummary;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one validation run found.
 *
 * @param findings every finding, suppressed ones included, sorted by file, line, column and rule
 * @param files    every file that was looked at
 * @param duration how long loading and checking took
 * @param plans    what each plan input does, by file, in input order
 */
public record ValidationResult(List<Finding> findings, List<String> files, Duration duration,
                               Map<String, PlanSummary> plans) {

    /** Exit status of {@code haevn validate} for a result that was produced without a usage error. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    public ValidationResult {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    }

    /** A result without plan inputs. */
    public ValidationResult(List<Finding> findings, List<String> files, Duration duration) {
        this(findings, files, duration, Map.of());
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !f.suppressed()).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    public long blockingCount() {
        return findings.stream().filter(Finding::blocking).count();
    }

    /** 2 when an input could not be read at all, 1 when an unsuppressed error remains, else 0. */
    public int exitCode() {
        if (findings.stream().anyMatch(f -> f.ruleId().equals(LanguageRules.UNREADABLE.id()) && !f.suppressed())) {
            return BAD_INPUT;
        }
        return blockingCount() > 0 ? FAILED : OK;
    }
}
