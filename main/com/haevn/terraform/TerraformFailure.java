package com.haevn.terraform;

/** terraform could not be run, or its output could not be read. */
public final class TerraformFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public TerraformFailure(String message) {
        super(message);
    }

    public TerraformFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
