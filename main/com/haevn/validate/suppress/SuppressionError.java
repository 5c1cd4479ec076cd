package com.haevn.validate.suppress;

/** A suppressions file the user must fix; the message names the file, the entry and the fix. */
public final class SuppressionError extends Exception {

    private static final long serialVersionUID = 1L;

    public SuppressionError(String message) {
        super(message);
    }
}
