package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.Optional;

/** HVN-S3-001: every bucket has versioning enabled. */
public final class BucketVersioningRule extends BucketCompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-001", Severity.ERROR,
            "S3 buckets have versioning enabled",
            "The platform's backup plan relies on S3 object versioning: without it an overwrite or delete "
                    + "loses the object for good, and replication cannot be configured.",
            "Add an aws_s3_bucket_versioning whose bucket refers to the bucket, with "
                    + "versioning_configuration { status = \"Enabled\" }.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String companionType() {
        return "aws_s3_bucket_versioning";
    }

    @Override
    protected boolean inlineSettles(Resource bucket, RuleContext context) {
        Attr enabled = bucket.attr("versioning.enabled");
        return enabled.isUnknown() || enabled.isTrue();
    }

    @Override
    protected Optional<Finding> checkCompanion(Resource bucket, Resource versioning, RuleContext context) {
        Attr status = versioning.attr("versioning_configuration.status");
        if (status.isUnknown() || status.text().filter("Enabled"::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(context.finding(INFO, versioning, status, versioning.address()
                + " sets versioning_configuration.status to " + status.display() + " for " + bucket.address()
                + ", expected \"Enabled\""));
    }
}
