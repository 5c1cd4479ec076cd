package com.haevn.validate.dr;

/** A recovery targets file that cannot be used: the message names the file, the key and what is expected. */
public final class RecoveryTargetsError extends Exception {

    public RecoveryTargetsError(String message) {
        super(message);
    }
}
