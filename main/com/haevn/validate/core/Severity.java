package com.haevn.validate.core;

/** How bad a finding is. An unsuppressed {@link #ERROR} fails validation (exit code 1). */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
