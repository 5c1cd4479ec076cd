package com.haevn.planreport;

/** An input that is not a readable plan JSON: the command exits 2 with this message. */
public final class PlanReportError extends Exception {

    public PlanReportError(String message) {
        super(message);
    }
}
