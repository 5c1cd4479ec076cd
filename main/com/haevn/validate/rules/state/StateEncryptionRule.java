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

/** HVN-STATE-001: the S3 state backend encrypts state. */
public final class StateEncryptionRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-STATE-001", Severity.ERROR,
            "The S3 state backend encrypts state (encrypt = true)",
            "Terraform state holds every resource attribute, including generated passwords and keys, in plain "
                    + "text; it must be encrypted at rest.",
            "Set encrypt = true in terraform.backend.s3 (cdktf: S3Backend encrypt(true)).");

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
        Attr encrypt = backend.get().attr("encrypt");
        if (encrypt.isUnknown() || encrypt.isTrue()) {
            return RuleResult.of(List.of());
        }
        String pointer = encrypt.isSet() ? encrypt.pointer() : backend.get().pointer();
        return RuleResult.of(List.of(context.at(INFO, pointer, "terraform.backend.s3",
                "terraform.backend.s3 has encrypt " + encrypt.display() + ", expected true")));
    }
}
