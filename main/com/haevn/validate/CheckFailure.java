package com.haevn.validate;

import com.haevn.validate.catalog.LanguageRules;
import com.haevn.validate.core.Finding;
import com.haevn.validate.core.LoadedDocument;
import com.haevn.validate.core.SourceLocation;

/** Turns an exception thrown by a check into a finding of its own (HVN-TF-999), so one broken check cannot end the run. */
final class CheckFailure {

    private CheckFailure() {
    }

    static Finding of(String checkName, LoadedDocument document, Throwable failure) {
        StackTraceElement[] trace = failure.getStackTrace();
        String where = trace.length > 0 ? " at " + trace[0] : "";
        return LanguageRules.CHECK_FAILED.finding(SourceLocation.ofFile(document.file()), "",
                "the check \"" + checkName + "\" failed on this file: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + where);
    }
}
