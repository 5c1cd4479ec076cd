package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.model.Companions;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bucket rule answered by a separate resource pointing at the bucket through its {@code bucket} argument (AWS
 * provider 4+ moved versioning, encryption, lifecycle... out of {@code aws_s3_bucket}). Reports the companion
 * missing only when no resource of that type can point at the bucket.
 */
abstract class BucketCompanionRule extends ResourceRule {

    /** The companion resource type, e.g. {@code aws_s3_bucket_versioning}. */
    protected abstract String companionType();

    /** Why a linked companion falls short, or empty when it complies. */
    protected abstract Optional<Finding> checkCompanion(Resource bucket, Resource companion, RuleContext context);

    /** True when the bucket's own (legacy inline) arguments already comply. */
    protected boolean inlineCompliant(Resource bucket) {
        return false;
    }

    /** Whether a bucket without any companion is this rule's finding (another rule may own that). */
    protected boolean reportsMissingCompanion() {
        return true;
    }

    @Override
    protected final List<String> types() {
        return List.of("aws_s3_bucket");
    }

    @Override
    protected final List<Finding> check(Resource bucket, RuleContext context) {
        if (inlineCompliant(bucket)) {
            return List.of();
        }
        Companions companions = context.index().companions(bucket, companionType(), "bucket");
        if (companions.certainlyNone()) {
            if (!reportsMissingCompanion()) {
                return List.of();
            }
            return List.of(context.finding(info(), bucket, bucket.address() + " has no " + companionType()
                    + " whose bucket refers to it"));
        }
        List<Finding> problems = new ArrayList<>();
        for (Resource companion : companions.linked()) {
            Optional<Finding> problem = checkCompanion(bucket, companion, context);
            if (problem.isEmpty()) {
                return List.of();
            }
            problems.add(problem.get());
        }
        return problems;
    }
}
