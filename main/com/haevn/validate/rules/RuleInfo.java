package com.haevn.validate.rules;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.core.SourceLocation;

import java.util.Objects;

/**
 * What a rule is, for reports, SARIF rule metadata and docs/rules.md.
 *
 * @param id        stable id, e.g. {@code HVN-S3-001}; never reused for another check
 * @param severity  the severity of its findings
 * @param title     one line: what a compliant input has
 * @param rationale why it matters (the platform spec or security reason)
 * @param fix       how to make an input compliant
 * @param rootOnly  whether it is judged only in root configurations (see
 *                  {@link com.haevn.validate.config.RootConfigurations}), never in a reusable child module
 */
public record RuleInfo(String id, Severity severity, String title, String rationale, String fix, boolean rootOnly) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(fix, "fix");
    }

    /** A rule judged in every configuration, root or child module. */
    public RuleInfo(String id, Severity severity, String title, String rationale, String fix) {
        this(id, severity, title, rationale, fix, false);
    }

    /** A finding of this rule: its id, severity and fix, with what is wrong where. */
    public Finding finding(SourceLocation location, String address, String message) {
        return Finding.of(id, severity, location, address, message, fix);
    }

    /**
     * A finding of this rule at a lower severity than the catalog's, with its own fix: the warning or note the
     * rule's rationale describes (a name only the bundled schema lacks, a module or policy that could not be read).
     */
    public Finding lowered(Severity lower, SourceLocation location, String address, String message, String fix) {
        if (lower.compareTo(severity) <= 0) {
            throw new IllegalArgumentException(id + ": " + lower + " is not lower than " + severity);
        }
        return Finding.of(id, lower, location, address, message, fix);
    }

    /** This rule, judged only in root configurations. */
    public RuleInfo onlyInRoots() {
        return new RuleInfo(id, severity, title, rationale, fix, true);
    }
}
