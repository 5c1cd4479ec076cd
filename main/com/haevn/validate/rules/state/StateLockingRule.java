package com.haevn.validate.rules.state;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;

import java.util.List;
import java.util.Optional;

/** HVN-STATE-002: the S3 state backend locks state (DynamoDB table or S3 lock file). */
public final class StateLockingRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-STATE-002", Severity.ERROR,
            "The S3 state backend locks state (dynamodb_table or use_lockfile)",
            "Two concurrent applies on one state (a PR deploy racing a merge deploy) corrupt it; a lock makes the "
                    + "second one wait or fail.",
            "Set dynamodb_table to the account's lock table in terraform.backend.s3 (or use_lockfile = true on "
                    + "Terraform 1.10+).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        Optional<Block> backend = StateBackends.s3(context.index());
        if (backend.isEmpty()) {
            return RuleResult.notApplicable();
        }
        Attr table = backend.get().attr("dynamodb_table");
        Attr lockfile = backend.get().attr("use_lockfile");
        if (table.isUnknown() || table.text().filter(t -> !t.isBlank()).isPresent()
                || lockfile.isUnknown() || lockfile.isTrue()) {
            return RuleResult.of(List.of());
        }
        return RuleResult.of(List.of(context.at(INFO, backend.get().pointer(), "terraform.backend.s3",
                "terraform.backend.s3 has dynamodb_table " + table.display() + " and use_lockfile "
                        + lockfile.display() + ", expected one of them")));
    }
}
