package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HVN-S3-003: every bucket has a public access block with all four settings true. */
public final class BucketPublicAccessBlockRule extends BucketCompanionRule {

    static final List<String> SETTINGS =
            List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets");

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-003", Severity.ERROR,
            "S3 buckets block all public access",
            "Public objects are served through Cloudflare and the ALB, never straight from S3; a bucket policy or "
                    + "ACL mistake must not be able to expose customer files.",
            "Add an aws_s3_bucket_public_access_block whose bucket refers to the bucket, with block_public_acls, "
                    + "block_public_policy, ignore_public_acls and restrict_public_buckets all true.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_public_access_block";
    }

    @Override
    protected Optional<Finding> checkCompanion(Resource bucket, Resource block, RuleContext context) {
        List<String> off = new ArrayList<>();
        Attr first = null;
        for (String setting : SETTINGS) {
            Attr value = block.attr(setting);
            // absent means the provider default, false
            if (!value.isUnknown() && !value.isTrue()) {
                off.add(setting + " = " + value.display());
                first = first == null ? value : first;
            }
        }
        if (off.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(context.finding(INFO, block, first, block.address() + " leaves public access open for "
                + bucket.address() + ": " + String.join(", ", off)));
    }
}
