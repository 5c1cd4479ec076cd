package com.haevn.cli;

import com.haevn.environment.ConfigurationException;
import com.haevn.stacks.StackMatrix;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Runs a command body and turns the errors a user can cause into one clear message and exit code 2. */
final class UserErrors {

    private UserErrors() {
    }

    static int guard(PrintWriter err, Callable<Integer> body) throws Exception {
        try {
            return body.call();
        } catch (ConfigurationException e) {
            err.println("haevn: the environment configuration is invalid; nothing was written.");
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (StackMatrix.SelectionException e) {
            err.println("haevn: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
