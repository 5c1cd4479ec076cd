package com.haevn.terraform;

/** terraform could not be run, failed, or its output could not be read. */
public final class TerraformFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String diagnostics;

    public TerraformFailure(String message) {
        super(message);
        this.diagnostics = "";
    }

    public TerraformFailure(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = "";
    }

    /** terraform ran and failed: {@code diagnostics} is what it printed about why (its error messages). */
    public TerraformFailure(String message, String diagnostics) {
        super(message + ":\n" + diagnostics);
        this.diagnostics = diagnostics;
    }

    /** terraform's own account of the failure ({@link #getMessage()} when terraform did not get to say). */
    public String diagnostics() {
        return diagnostics.isEmpty() ? getMessage() : diagnostics;
    }
}
