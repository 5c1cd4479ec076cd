package com.haevn.validate.core;

import java.util.List;

/**
 * One family of checks run on every loaded document (schema, references, guardrails, change control...).
 * A check must not throw on any input: the validator reports a check that throws as a finding of its own.
 */
public interface DocumentCheck {

    /** A short name for progress output and for the finding reported when the check itself fails. */
    String name();

    List<Finding> check(LoadedDocument document);
}
