package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.Optional;

/**
 * HVN-S3-006: a versioned bucket's lifecycle expires noncurrent versions. Only judged where a lifecycle configuration
 * points at the bucket (its absence is HVN-S3-005).
 */
public final class NoncurrentVersionExpirationRule extends BucketCompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-006", Severity.WARNING,
            "S3 lifecycle configurations expire noncurrent object versions",
            "With versioning on, every overwrite keeps the old version forever unless a rule expires it: cost grows "
                    + "without bound and nobody sees it.",
            "Add noncurrent_version_expiration { noncurrent_days = N } to an enabled rule of the bucket's "
                    + "aws_s3_bucket_lifecycle_configuration (N at least the restore window, e.g. 35).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_lifecycle_configuration";
    }

    /** The legacy inline {@code lifecycle_rule} with an enabled rule expiring noncurrent versions. */
    @Override
    protected boolean inlineSettles(Resource bucket, RuleContext context) {
        if (bucket.attr("lifecycle_rule").isUnknown()) {
            return true;
        }
        for (Block rule : bucket.blocks("lifecycle_rule")) {
            Attr enabled = rule.attr("enabled");
            if ((enabled.isUnknown() || enabled.isTrue()) && rule.attr("noncurrent_version_expiration").isSet()) {
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
            if (rule.attr("status").text().filter("Disabled"::equals).isPresent()) {
                continue;
            }
            Attr days = rule.attr("noncurrent_version_expiration.noncurrent_days");
            if (days.isSet()) {
                return Optional.empty();
            }
        }
        return Optional.of(context.finding(INFO, lifecycle, lifecycle.attr("rule"), lifecycle.address()
                + " has no enabled rule with noncurrent_version_expiration.noncurrent_days for "
                + bucket.address()));
    }

    /** A missing lifecycle configuration is HVN-S3-005's finding, not this rule's. */
    @Override
    protected boolean reportsMissingCompanion() {
        return false;
    }
}
