package com.haevn.validate;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.Severity;
import com.haevn.validate.core.SourceLocation;

/** Turns an exception thrown by a check into a finding of its own, so one broken check cannot end the run. */
final class CheckFailure {

    /** Rule id of a check that threw instead of answering. */
    static final String RULE = "HVN-TF-999";

    private CheckFailure() {
    }

    static Finding of(String checkName, LoadedDocument document, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return Finding.of(RULE, Severity.ERROR, SourceLocation.ofFile(document.file()), "",
                "the check \"" + checkName + "\" failed on this file: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + where,
                "This is a bug in the validator, not in your file: report it with the file attached.");
    }
}
