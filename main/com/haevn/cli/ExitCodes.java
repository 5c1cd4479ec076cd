package com.haevn.cli;

/** The exit codes of every haevn command. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Validation found at least one unsuppressed error. */
    public static final int FINDINGS = 1;
    /** Bad configuration, bad input or bad usage: nothing was written. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
