package com.haevn.validate.rules.s3;

import com.haevn.validate.rules.CompanionRule;
import com.haevn.validate.rules.model.Resource;

/**
 * A bucket rule answered by a separate resource pointing at the bucket through its {@code bucket} argument (AWS
 * provider 4+ moved versioning, encryption, lifecycle... out of {@code aws_s3_bucket}, which still accepts the
 * legacy inline forms).
 */
abstract class BucketCompanionRule extends CompanionRule {

    @Override
    protected final String targetType() {
        return "aws_s3_bucket";
    }

    @Override
    protected final String path() {
        return "bucket";
    }

    @Override
    protected String missingMessage(Resource bucket) {
        return bucket.address() + " has no " + companionType() + " whose bucket refers to it";
    }
}
