package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.Optional;

/** HVN-S3-005: every bucket has a lifecycle configuration with at least one enabled rule. */
public final class BucketLifecycleRule extends BucketCompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-005", Severity.WARNING,
            "S3 buckets have a lifecycle configuration with an enabled rule",
            "The platform stores file objects under a 90-day lifecycle policy with Intelligent-Tiering; without "
                    + "lifecycle rules storage cost only grows.",
            "Add an aws_s3_bucket_lifecycle_configuration whose bucket refers to the bucket, with at least one "
                    + "rule { status = \"Enabled\" } (transition to INTELLIGENT_TIERING, expirations).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_lifecycle_configuration";
    }

    /** The legacy inline {@code lifecycle_rule} (still accepted by AWS provider 5.x) with an enabled rule. */
    @Override
    protected boolean inlineSettles(Resource bucket, RuleContext context) {
        if (bucket.attr("lifecycle_rule").isUnknown()) {
            return true;
        }
        for (Block rule : bucket.blocks("lifecycle_rule")) {
            Attr enabled = rule.attr("enabled");
            if (enabled.isUnknown() || enabled.isTrue()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected Optional<Finding> checkCompanion(Resource bucket, Resource lifecycle, RuleContext context) {
        if (lifecycle.attr("rule").isUnknown()) {
            return Optional.empty();
        }
        for (Block rule : lifecycle.blocks("rule")) {
            Attr status = rule.attr("status");
            if (status.isUnknown() || status.text().filter("Enabled"::equals).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(context.finding(INFO, lifecycle, lifecycle.attr("rule"), lifecycle.address()
                + " has no rule with status \"Enabled\" for " + bucket.address()));
    }
}
