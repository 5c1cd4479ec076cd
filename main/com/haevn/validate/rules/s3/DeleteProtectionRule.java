package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Set;

/**
 * HVN-S3-007: a bucket's versions are protected against deletion, by Object Lock with a default retention or by MFA
 * delete. A note, not a warning: it states each bucket's actual protection. MFA delete can only be turned on by the
 * root user outside Terraform, so a bucket protected that way shows as unprotected here and is suppressed with that
 * reason; S3 refuses Object Lock on server access log targets and MFA delete together with a lifecycle.
 */
public final class DeleteProtectionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-S3-007", Severity.NOTE,
            "S3 buckets protect their object versions against deletion (Object Lock or MFA delete)",
            "The seed asks for S3 versioning plus MFA delete: versioning alone lets any principal allowed "
                    + "s3:DeleteObjectVersion destroy every copy. S3 refuses a lifecycle configuration on a bucket "
                    + "with MFA delete, which only the root user can turn on, so buckets with lifecycle rules use "
                    + "Object Lock in governance mode instead.",
            "Create the bucket with object_lock_enabled = true and add an aws_s3_bucket_object_lock_configuration "
                    + "with rule { default_retention { mode = \"GOVERNANCE\", days = N } }; or, for a bucket without "
                    + "lifecycle rules, have the root user turn MFA delete on and suppress this rule with that reason.");

    private static final Set<String> MODES = Set.of("GOVERNANCE", "COMPLIANCE");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_s3_bucket");
    }

    @Override
    protected List<Finding> check(Resource bucket, RuleContext context) {
        Attr lock = bucket.attr("object_lock_enabled");
        if (lock.isUnknown()) {
            return List.of();
        }
        if (lock.isTrue()) {
            Companions configurations = context.index().companions(bucket,
                    "aws_s3_bucket_object_lock_configuration", "bucket");
            if (configurations.undetermined() || configurations.linked().stream().anyMatch(this::retains)) {
                return List.of();
            }
            return List.of(context.finding(INFO, bucket, lock, bucket.address() + " has Object Lock enabled but no "
                    + "aws_s3_bucket_object_lock_configuration with a default retention: only versions an uploader "
                    + "locks are protected"));
        }
        Companions versionings = context.index().companions(bucket, "aws_s3_bucket_versioning", "bucket");
        if (versionings.undetermined() || versionings.linked().stream().anyMatch(DeleteProtectionRule::mfaDelete)) {
            return List.of();
        }
        return List.of(context.finding(INFO, bucket, bucket.address() + " has neither Object Lock with a default "
                + "retention nor MFA delete in its configuration: its versions are protected by permissions only"));
    }

    private boolean retains(Resource configuration) {
        Attr mode = configuration.attr("rule.default_retention.mode");
        Attr days = configuration.attr("rule.default_retention.days");
        Attr years = configuration.attr("rule.default_retention.years");
        boolean period = days.isUnknown() || years.isUnknown() || days.isSet() || years.isSet();
        return period && (mode.isUnknown() || mode.text().filter(MODES::contains).isPresent());
    }

    private static boolean mfaDelete(Resource versioning) {
        Attr mfa = versioning.attr("versioning_configuration.mfa_delete");
        return mfa.isUnknown() || mfa.text().filter("Enabled"::equals).isPresent();
    }
}
