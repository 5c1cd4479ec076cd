package com.haevn.validate.rules.s3;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class S3RulesTest {

    private static final String COMPLIANT = """
            {"resource": {
              "aws_s3_bucket": {"files": {"bucket": "haevn-files"}},
              "aws_s3_bucket_versioning": {"files": {"bucket": "${aws_s3_bucket.files.id}",
                 "versioning_configuration": {"status": "Enabled"}}},
              "aws_s3_bucket_server_side_encryption_configuration": {"files": {"bucket": "${aws_s3_bucket.files.bucket}",
                 "rule": [{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}}]}},
              "aws_s3_bucket_public_access_block": {"files": {"bucket": "haevn-files", "block_public_acls": true,
                 "block_public_policy": true, "ignore_public_acls": true, "restrict_public_buckets": true}},
              "aws_s3_bucket_policy": {"files": {"bucket": "${aws_s3_bucket.files.id}",
                 "policy": "${data.aws_iam_policy_document.tls.json}"}},
              "aws_s3_bucket_lifecycle_configuration": {"files": {"bucket": "${aws_s3_bucket.files.id}",
                 "rule": [{"id": "tiering", "status": "Enabled",
                           "noncurrent_version_expiration": {"noncurrent_days": 35}}]}}
             },
             "data": {"aws_iam_policy_document": {"tls": {"statement": [{"effect": "Deny", "actions": ["s3:*"],
                 "resources": ["${aws_s3_bucket.files.arn}"], "principals": [{"type": "*", "identifiers": ["*"]}],
                 "condition": [{"test": "Bool", "variable": "aws:SecureTransport", "values": ["false"]}]}]}}}}
            """;

    private static final String BARE = """
            {"resource": {"aws_s3_bucket": {"files": {"bucket": "haevn-files"}}}}
            """;

    private static final List<GuardrailRule> RULES = List.of(new BucketVersioningRule(), new BucketEncryptionRule(),
            new BucketPublicAccessBlockRule(), new BucketTlsOnlyPolicyRule(), new BucketLifecycleRule(),
            new NoncurrentVersionExpirationRule());

    @Test
    void should_accept_a_bucket_with_every_companion_configured() {
        for (GuardrailRule rule : RULES) {
            assertThat(Inputs.run(rule, Inputs.terraform(COMPLIANT)).compliant()).as(rule.info().id()).isTrue();
        }
    }

    @Test
    void should_report_each_missing_companion_of_a_bare_bucket() {
        List<String> ids = RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(BARE)).stream())
                .map(Finding::ruleId).toList();

        // a missing lifecycle configuration is reported once, by HVN-S3-005
        assertThat(ids).containsExactly("HVN-S3-001", "HVN-S3-002", "HVN-S3-003", "HVN-S3-004", "HVN-S3-005");
        assertThat(Inputs.findings(new BucketVersioningRule(), Inputs.terraform(BARE)).get(0).message())
                .isEqualTo("aws_s3_bucket.files has no aws_s3_bucket_versioning whose bucket refers to it");
    }

    @Test
    void should_be_not_applicable_without_buckets() {
        for (GuardrailRule rule : RULES) {
            assertThat(Inputs.run(rule, Inputs.terraform("{\"resource\": {\"aws_sqs_queue\": {\"q\": {}}}}"))
                    .applicable()).isFalse();
        }
    }

    @Test
    void should_name_the_wrong_values_of_linked_companions() {
        String json = """
                {"resource": {
                  "aws_s3_bucket": {"b": {}},
                  "aws_s3_bucket_versioning": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                     "versioning_configuration": {"status": "Suspended"}}},
                  "aws_s3_bucket_public_access_block": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                     "block_public_acls": true, "block_public_policy": false, "ignore_public_acls": true}},
                  "aws_s3_bucket_policy": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                     "policy": "{\\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"s3:GetObject\\"}]}"}},
                  "aws_s3_bucket_lifecycle_configuration": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                     "rule": [{"status": "Enabled", "expiration": {"days": 90}}]}}}}
                """;

        assertThat(Inputs.findings(new BucketVersioningRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("\"Suspended\""));
        assertThat(Inputs.findings(new BucketPublicAccessBlockRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("block_public_policy = false, restrict_public_buckets = not set"));
        assertThat(Inputs.findings(new BucketTlsOnlyPolicyRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("aws:SecureTransport"));
        assertThat(Inputs.findings(new NoncurrentVersionExpirationRule(), Inputs.terraform(json))).hasSize(1);
        assertThat(Inputs.findings(new BucketLifecycleRule(), Inputs.terraform(json))).isEmpty();
    }

    @Test
    void should_read_a_tls_only_policy_written_with_jsonencode() {
        String json = """
                {"resource": {"aws_s3_bucket": {"b": {}},
                  "aws_s3_bucket_policy": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                    "policy": "${jsonencode({\\"Statement\\" = [{\\"Effect\\" = \\"Deny\\", \\"Action\\" = \\"s3:*\\", \\"Condition\\" = {\\"Bool\\" = {\\"aws:SecureTransport\\" = \\"false\\"}}}]})}"}}}}
                """;

        assertThat(Inputs.run(new BucketTlsOnlyPolicyRule(), Inputs.terraform(json)).compliant()).isTrue();
    }

    @Test
    void should_not_report_when_the_companion_link_is_unknown_until_apply() {
        String json = """
                {"resource": {"aws_s3_bucket": {"b": {}},
                  "aws_s3_bucket_versioning": {"v": {"bucket": "${var.bucket_name}",
                     "versioning_configuration": {"status": "Enabled"}}}}}
                """;

        assertThat(Inputs.findings(new BucketVersioningRule(), Inputs.terraform(json))).isEmpty();
    }
}
