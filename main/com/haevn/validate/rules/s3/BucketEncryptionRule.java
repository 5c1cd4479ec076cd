package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.Optional;

/** HVN-S3-002: every bucket declares default server-side encryption. */
public final class BucketEncryptionRule extends BucketCompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-002", Severity.ERROR,
            "S3 buckets declare default server-side encryption",
            "Data at rest must be encrypted with a key the platform chooses; declaring it keeps the choice in code "
                    + "(SSE-S3 vs. SSE-KMS) instead of relying on the account default.",
            "Add an aws_s3_bucket_server_side_encryption_configuration whose bucket refers to the bucket, with "
                    + "rule { apply_server_side_encryption_by_default { sse_algorithm = \"aws:kms\" } }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_server_side_encryption_configuration";
    }

    @Override
    protected boolean inlineSettles(Resource bucket, RuleContext context) {
        Attr algorithm = bucket.attr("server_side_encryption_configuration.rule"
                + ".apply_server_side_encryption_by_default.sse_algorithm");
        return algorithm.isUnknown() || algorithm.text().filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    protected Optional<Finding> checkCompanion(Resource bucket, Resource configuration, RuleContext context) {
        for (Block rule : configuration.blocks("rule")) {
            Attr algorithm = rule.attr("apply_server_side_encryption_by_default.sse_algorithm");
            if (algorithm.isUnknown() || algorithm.text().filter(s -> !s.isBlank()).isPresent()) {
                return Optional.empty();
            }
        }
        if (configuration.attr("rule").isUnknown()) {
            return Optional.empty();
        }
        return Optional.of(context.finding(INFO, configuration, configuration.attr("rule"), configuration.address()
                + " has no rule with apply_server_side_encryption_by_default.sse_algorithm for "
                + bucket.address()));
    }
}
