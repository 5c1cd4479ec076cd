package com.haevn.validate.report;

import com.haevn.validate.ValidationResult;

/** Renders a validation result in one output format. Output is deterministic: no times, no absolute paths. */
public interface Reporter {

    String render(ValidationResult result);
}
