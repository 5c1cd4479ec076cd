package com.haevn.validate.rules.model;

/** Whether one resource's argument points at another resource. */
public enum Link {
    /** It does: by reference or by an equal literal. */
    YES,
    /** It does not. */
    NO,
    /** Cannot be told before apply (a variable, a data source, an unknown value): rules must not report. */
    MAYBE
}
