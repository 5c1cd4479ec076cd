package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HVN-S3-007: Object Lock with a default retention, or MFA delete, or a note saying there is neither. */
class DeleteProtectionRuleTest {

    private static final DeleteProtectionRule RULE = new DeleteProtectionRule();

    private static List<Finding> findings(String resources) {
        return Inputs.findings(RULE, Inputs.terraform("{\"resource\": {" + resources + "}}"));
    }

    @Test
    void should_accept_object_lock_with_a_governance_default_retention() {
        assertThat(findings("""
                "aws_s3_bucket": {"media": {"bucket": "m", "object_lock_enabled": true}},
                "aws_s3_bucket_object_lock_configuration": {"media": {"bucket": "${aws_s3_bucket.media.id}",
                   "rule": {"default_retention": {"mode": "GOVERNANCE", "days": 30}}}}
                """)).isEmpty();
    }

    @Test
    void should_accept_mfa_delete_in_the_versioning() {
        assertThat(findings("""
                "aws_s3_bucket": {"records": {"bucket": "r"}},
                "aws_s3_bucket_versioning": {"records": {"bucket": "${aws_s3_bucket.records.id}",
                   "versioning_configuration": {"status": "Enabled", "mfa_delete": "Enabled"}}}
                """)).isEmpty();
    }

    @Test
    void should_note_object_lock_without_a_default_retention() {
        List<Finding> findings = findings("""
                "aws_s3_bucket": {"media": {"bucket": "m", "object_lock_enabled": true}},
                "aws_s3_bucket_object_lock_configuration": {"media": {"bucket": "${aws_s3_bucket.media.id}",
                   "object_lock_enabled": "Enabled"}}
                """);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-S3-007");
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
            assertThat(f.address()).isEqualTo("aws_s3_bucket.media");
            assertThat(f.message()).isEqualTo("aws_s3_bucket.media has Object Lock enabled but no "
                    + "aws_s3_bucket_object_lock_configuration with a default retention: only versions an uploader "
                    + "locks are protected");
        });
    }

    @Test
    void should_note_a_versioned_bucket_with_neither_protection() {
        List<Finding> findings = findings("""
                "aws_s3_bucket": {"state": {"bucket": "s"}},
                "aws_s3_bucket_versioning": {"state": {"bucket": "${aws_s3_bucket.state.id}",
                   "versioning_configuration": {"status": "Enabled"}}}
                """);

        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("aws_s3_bucket.state "
                + "has neither Object Lock with a default retention nor MFA delete in its configuration: its versions "
                + "are protected by permissions only"));
    }

    @Test
    void should_not_judge_values_unknown_until_apply() {
        assertThat(findings("""
                "aws_s3_bucket": {"a": {"bucket": "a", "object_lock_enabled": "${var.lock}"},
                                  "b": {"bucket": "b", "object_lock_enabled": true}},
                "aws_s3_bucket_object_lock_configuration": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                   "rule": {"default_retention": {"mode": "${var.mode}", "days": 30}}}}
                """)).isEmpty();
    }

    @Test
    void should_be_not_applicable_without_buckets() {
        assertThat(Inputs.run(RULE, Inputs.terraform("{\"resource\": {\"aws_sqs_queue\": {\"q\": {}}}}"))
                .applicable()).isFalse();
    }
}
