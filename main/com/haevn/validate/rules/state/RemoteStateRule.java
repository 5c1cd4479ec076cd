package com.haevn.validate.rules.state;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Block;

import java.util.List;

/**
 * HVN-STATE-003: a root configuration's {@code terraform} block declares a remote backend, where it has resources.
 * Root-only: a reusable child module must not declare a backend, so it is never judged; nor is a file without a
 * {@code terraform} block.
 */
public final class RemoteStateRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-STATE-003", Severity.WARNING,
            "Root configurations declare a remote state backend",
            "Without a backend Terraform keeps state in a local file: it is lost with the CI runner, cannot be "
                    + "shared or locked, and the next apply recreates everything. Judged in root configurations only:"
                    + " a reusable child module must not declare a backend.",
            "Add terraform.backend.s3 with bucket, key (one per stack), region, encrypt = true and dynamodb_table "
                    + "(cdktf: new S3Backend(stack, ...)).").onlyInRoots();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Block> terraform = context.index().terraformBlocks();
        boolean hasResources = context.index().all().stream().anyMatch(r -> !r.isData());
        if (terraform.isEmpty() || !hasResources) {
            return RuleResult.notApplicable();
        }
        boolean declared = terraform.stream().anyMatch(t -> t.attr("backend").isSet() || t.attr("cloud").isSet());
        if (declared) {
            return RuleResult.of(List.of());
        }
        return RuleResult.of(List.of(context.at(INFO, terraform.get(0).pointer(), "terraform",
                "the terraform block declares no backend, so state would be a local file")));
    }
}
