package com.haevn.validate.core;

import java.util.Objects;

/**
 * One problem found in one input.
 *
 * @param ruleId           stable rule id, e.g. {@code HVN-S3-001}
 * @param severity         how bad it is
 * @param location         where it is
 * @param address          the Terraform address it concerns ({@code aws_s3_bucket.logs}), or "" for file-level findings
 * @param message          what is wrong, naming the value received
 * @param fix              how to fix it
 * @param suppressedReason the written reason when a suppression covers this finding, otherwise null
 */
public record Finding(String ruleId, Severity severity, SourceLocation location, String address,
                      String message, String fix, String suppressedReason) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        address = address == null ? "" : address;
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Finding of(String ruleId, Severity severity, SourceLocation location, String address,
                             String message, String fix) {
        return new Finding(ruleId, severity, location, address, message, fix, null);
    }

    public boolean suppressed() {
        return suppressedReason != null;
    }

    /** An unsuppressed error: what makes validation fail. */
    public boolean blocking() {
        return severity == Severity.ERROR && !suppressed();
    }

    public Finding suppressedBecause(String reason) {
        return new Finding(ruleId, severity, location, address, message, fix, reason);
    }
}
