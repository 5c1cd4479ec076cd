package com.haevn.validate.rules.unknown;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import com.haevn.validate.rules.s3.BucketEncryptionRule;
import com.haevn.validate.rules.s3.BucketLifecycleRule;
import com.haevn.validate.rules.s3.BucketTlsOnlyPolicyRule;
import com.haevn.validate.rules.s3.BucketVersioningRule;
import com.haevn.validate.rules.s3.NoncurrentVersionExpirationRule;
import com.haevn.validate.rules.secrets.SecretRotationRule;
import com.haevn.validate.rules.sqs.DeadLetterQueueRule;
import com.haevn.validate.rules.vpc.FlowLogsRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, items 3 to 5: a value that is an expression or a dynamic block is never a finding; an unresolvable
 * companion serves at most as many targets as it has instances; legacy inline forms and data-source policies are
 * read. Each case next to the truly bad input that is still caught.
 */
class UnknownValuesTest {

    private static List<Finding> findings(GuardrailRule rule, String json) {
        return Inputs.findings(rule, Inputs.terraform(json));
    }

    @Test
    void should_not_report_inline_versioning_or_encryption_given_as_expressions() {
        String unknown = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b",
                  "versioning": {"enabled": "${var.versioned}"},
                  "server_side_encryption_configuration": {"rule": {"apply_server_side_encryption_by_default":
                    {"sse_algorithm": "${var.algorithm}"}}}}}}}
                """;
        assertThat(findings(new BucketVersioningRule(), unknown)).isEmpty();
        assertThat(findings(new BucketEncryptionRule(), unknown)).isEmpty();
    }

    @Test
    void should_not_report_inline_blocks_written_as_dynamic_blocks() {
        String dynamic = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b", "dynamic": {
                  "versioning": {"for_each": "${var.versioning}", "content": {"enabled": "${versioning.value}"}},
                  "lifecycle_rule": {"for_each": "${var.rules}", "content": {"enabled": true}}}}}}}
                """;
        assertThat(findings(new BucketVersioningRule(), dynamic)).isEmpty();
        assertThat(findings(new BucketLifecycleRule(), dynamic)).isEmpty();
    }

    @Test
    void should_still_report_inline_versioning_that_is_known_to_be_off() {
        String off = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b", "versioning": {"enabled": false}}}}}
                """;
        assertThat(findings(new BucketVersioningRule(), off)).extracting(Finding::ruleId).containsExactly("HVN-S3-001");
    }

    @Test
    void should_let_one_unresolvable_companion_serve_one_bucket_only() {
        String twoBuckets = """
                {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}, "b": {"bucket": "b"}},
                  "aws_s3_bucket_versioning": {"v": {"bucket": "${var.x}",
                    "versioning_configuration": {"status": "Enabled"}}}}}
                """;
        List<Finding> found = findings(new BucketVersioningRule(), twoBuckets);
        assertThat(found).extracting(Finding::address).containsExactly("aws_s3_bucket.a", "aws_s3_bucket.b");
        assertThat(found.get(0).message()).contains("aws_s3_bucket_versioning.v (bucket = \"${var.x}\")")
                .contains("at most 1 of the 2").contains("at least 1 of them lack it");
    }

    @Test
    void should_let_an_unresolvable_companion_serve_as_many_buckets_as_it_has_instances() {
        String one = """
                {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}},
                  "aws_s3_bucket_versioning": {"v": {"bucket": "${var.x}",
                    "versioning_configuration": {"status": "Enabled"}}}}}
                """;
        String counted = """
                {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}, "b": {"bucket": "b"}},
                  "aws_s3_bucket_versioning": {"v": {"count": 2, "bucket": "${var.names[count.index]}",
                    "versioning_configuration": {"status": "Enabled"}}}}}
                """;
        String forEach = """
                {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}, "b": {"bucket": "b"}, "c": {"bucket": "c"}},
                  "aws_s3_bucket_versioning": {"v": {"for_each": "${var.names}", "bucket": "${each.value}",
                    "versioning_configuration": {"status": "Enabled"}}}}}
                """;
        assertThat(findings(new BucketVersioningRule(), one)).isEmpty();
        assertThat(findings(new BucketVersioningRule(), counted)).isEmpty();
        assertThat(findings(new BucketVersioningRule(), forEach)).isEmpty();
    }

    @Test
    void should_count_certain_companions_apart_from_the_unresolvable_one() {
        // a has its own versioning; the unresolvable one can serve b; c is left over: b and c are both reported
        String three = """
                {"resource": {"aws_s3_bucket": {"a": {"bucket": "a"}, "b": {"bucket": "b"}, "c": {"bucket": "c"}},
                  "aws_s3_bucket_versioning": {
                    "a": {"bucket": "${aws_s3_bucket.a.id}", "versioning_configuration": {"status": "Enabled"}},
                    "v": {"bucket": "${var.x}", "versioning_configuration": {"status": "Enabled"}}}}}
                """;
        assertThat(findings(new BucketVersioningRule(), three)).extracting(Finding::address)
                .containsExactly("aws_s3_bucket.b", "aws_s3_bucket.c");
    }

    @Test
    void should_apply_the_same_count_to_flow_logs_and_secret_rotations() {
        String vpcs = """
                {"resource": {"aws_vpc": {"a": {"cidr_block": "10.0.0.0/16"}, "b": {"cidr_block": "10.1.0.0/16"}},
                  "aws_flow_log": {"f": {"vpc_id": "${var.vpc_id}", "traffic_type": "ALL"}}}}
                """;
        String secrets = """
                {"resource": {"aws_secretsmanager_secret": {"a": {"name": "a"}, "b": {"name": "b"}},
                  "aws_secretsmanager_secret_rotation": {"r": {"secret_id": "${var.secret}",
                    "rotation_rules": {"automatically_after_days": 30}}}}}
                """;
        assertThat(findings(new FlowLogsRule(), vpcs)).hasSize(2);
        assertThat(findings(new SecretRotationRule(), secrets)).hasSize(2);
    }

    @Test
    void should_read_the_legacy_inline_lifecycle_rule() {
        String enabled = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b", "lifecycle_rule": [{"id": "old",
                  "enabled": true, "noncurrent_version_expiration": {"days": 30}}]}}}}
                """;
        String disabled = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b", "lifecycle_rule": [{"id": "old",
                  "enabled": false}]}}}}
                """;
        assertThat(findings(new BucketLifecycleRule(), enabled)).isEmpty();
        assertThat(findings(new NoncurrentVersionExpirationRule(), enabled)).isEmpty();
        assertThat(findings(new BucketLifecycleRule(), disabled)).extracting(Finding::ruleId)
                .containsExactly("HVN-S3-005");
    }

    @Test
    void should_note_instead_of_judging_a_policy_document_whose_statements_cannot_be_read() {
        String dynamicStatements = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b"}},
                  "aws_s3_bucket_policy": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                    "policy": "${data.aws_iam_policy_document.p.json}"}}},
                 "data": {"aws_iam_policy_document": {"p": {"dynamic": {"statement": {
                    "for_each": "${var.statements}", "content": {"effect": "Deny"}}}}}}}
                """;
        String merged = dynamicStatements.replace("\"dynamic\": {\"statement\": {",
                "\"source_policy_documents\": [\"${var.base}\"], \"dynamic\": {\"statement_x\": {");
        for (String json : List.of(dynamicStatements, merged)) {
            assertThat(findings(new BucketTlsOnlyPolicyRule(), json)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.NOTE);
                assertThat(f.blocking()).isFalse();
                assertThat(f.message()).isEqualTo("aws_s3_bucket_policy.b could not be evaluated for aws_s3_bucket.b:"
                        + " its policy comes from data.aws_iam_policy_document.p, whose statements are not all known"
                        + " before apply (dynamic statements, merged documents or expressions)");
            });
        }
    }

    @Test
    void should_still_report_a_policy_document_read_in_full_without_a_tls_deny() {
        String allowOnly = """
                {"resource": {"aws_s3_bucket": {"b": {"bucket": "b"}},
                  "aws_s3_bucket_policy": {"b": {"bucket": "${aws_s3_bucket.b.id}",
                    "policy": "${data.aws_iam_policy_document.p.json}"}}},
                 "data": {"aws_iam_policy_document": {"p": {"statement": [{"effect": "Allow",
                    "actions": ["s3:GetObject"], "resources": ["*"]}]}}}}
                """;
        assertThat(findings(new BucketTlsOnlyPolicyRule(), allowOnly)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1 statement(s) read"));
    }
    @Test
    void should_let_a_redrive_policy_with_an_unknown_target_make_one_queue_a_dead_letter_queue_only() {
        String oneCandidate = """
                {"resource": {"aws_sqs_queue": {
                  "jobs": {"name": "jobs", "redrive_policy": "${var.redrive}"},
                  "a": {"name": "a"}}}}
                """;
        String twoCandidates = oneCandidate.replace("\"a\": {\"name\": \"a\"}",
                "\"a\": {\"name\": \"a\"}, \"b\": {\"name\": \"b\"}");
        assertThat(findings(new DeadLetterQueueRule(), oneCandidate)).isEmpty();
        assertThat(findings(new DeadLetterQueueRule(), twoCandidates)).extracting(Finding::address)
                .containsExactly("aws_sqs_queue.a", "aws_sqs_queue.b");
    }
}
