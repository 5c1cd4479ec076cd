package com.haevn.validate.rules.model;

import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentIndexTest {

    private static final String TERRAFORM = """
            {
              "provider": {"aws": [
                {"region": "us-east-1", "default_tags": [{"tags": {"Environment": "prod", "Owner": "platform"}}]},
                {"alias": "west", "region": "us-west-2", "default_tags": {"tags": {"Environment": "prod-west"}}}
              ]},
              "resource": {
                "aws_s3_bucket": {
                  "files": {"bucket": "haevn-files", "tags": {"Layer": "objects", "Owner": "${var.owner}"}},
                  "logs": {"provider": "aws.west"},
                  "other": {"bucket": "haevn-other"}
                },
                "aws_s3_bucket_versioning": {
                  "by_reference": {"bucket": "${aws_s3_bucket.logs.id}",
                                   "versioning_configuration": [{"status": "Enabled"}]},
                  "by_literal": {"bucket": "haevn-files", "versioning_configuration": {"status": "${var.s}"}},
                  "by_variable": {"bucket": "${var.bucket}"}
                }
              }
            }
            """;

    private final DocumentIndex index = DocumentIndex.of(Inputs.terraform(TERRAFORM));

    private Resource resource(String address) {
        return index.all().stream().filter(r -> r.address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void should_read_nested_blocks_given_as_list_or_object_and_treat_expressions_as_unknown() {
        // GIVEN versioning blocks written as a list and as an object
        Resource listForm = resource("aws_s3_bucket_versioning.by_reference");
        Resource objectForm = resource("aws_s3_bucket_versioning.by_literal");

        // THEN both read, and an interpolation is set-but-unknown
        assertThat(listForm.attr("versioning_configuration.status").text()).contains("Enabled");
        assertThat(listForm.attr("versioning_configuration.status").pointer())
                .isEqualTo("/resource/aws_s3_bucket_versioning/by_reference/versioning_configuration/0/status");
        assertThat(objectForm.attr("versioning_configuration.status").isUnknown()).isTrue();
        assertThat(objectForm.attr("versioning_configuration.status").display()).isEqualTo("\"${var.s}\"");
        assertThat(objectForm.attr("mfa").isAbsent()).isTrue();
    }

    @Test
    void should_link_by_reference_by_equal_literal_and_leave_variables_undetermined() {
        Resource logs = resource("aws_s3_bucket.logs");
        Resource files = resource("aws_s3_bucket.files");
        Resource other = resource("aws_s3_bucket.other");

        assertThat(index.link(resource("aws_s3_bucket_versioning.by_reference"), "bucket", logs)).isEqualTo(Link.YES);
        assertThat(index.link(resource("aws_s3_bucket_versioning.by_reference"), "bucket", files)).isEqualTo(Link.NO);
        assertThat(index.link(resource("aws_s3_bucket_versioning.by_literal"), "bucket", files)).isEqualTo(Link.YES);
        assertThat(index.link(resource("aws_s3_bucket_versioning.by_literal"), "bucket", other)).isEqualTo(Link.NO);
        assertThat(index.link(resource("aws_s3_bucket_versioning.by_variable"), "bucket", other))
                .isEqualTo(Link.MAYBE);
        assertThat(index.companions(other, "aws_s3_bucket_versioning", "bucket").certainlyNone()).isFalse();
    }

    @Test
    void should_merge_resource_tags_over_the_default_tags_of_the_resources_provider_alias() {
        TagSet files = index.tags(resource("aws_s3_bucket.files"));
        TagSet logs = index.tags(resource("aws_s3_bucket.logs"));

        assertThat(files.has("Environment")).isTrue();
        assertThat(files.has("Layer")).isTrue();
        assertThat(files.has("Owner")).as("an interpolated tag value is present").isTrue();
        assertThat(files.values().get("Owner").isUnknown()).isTrue();
        assertThat(logs.values().keySet()).containsExactly("Environment");
        assertThat(logs.values().get("Environment").text()).contains("prod-west");
    }

    @Test
    void should_read_plan_planned_values_with_after_unknown_and_configuration_references() {
        // GIVEN a plan whose versioning bucket name is unknown until apply
        DocumentIndex plan = DocumentIndex.of(Inputs.plan("""
                {
                  "planned_values": {"root_module": {"resources": [
                    {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
                     "values": {"bucket_prefix": "x", "tags_all": {"Environment": "dev"}}},
                    {"address": "module.m.aws_s3_bucket_versioning.v", "mode": "managed",
                     "type": "aws_s3_bucket_versioning", "name": "v",
                     "values": {"versioning_configuration": [{"status": "Enabled"}]}}
                  ]}},
                  "resource_changes": [
                    {"address": "aws_s3_bucket.b", "change": {"actions": ["create"],
                     "after_unknown": {"bucket": true, "id": true, "tags_all": {}}}},
                    {"address": "module.m.aws_s3_bucket_versioning.v", "change": {"actions": ["create"],
                     "after_unknown": {"bucket": true, "versioning_configuration": [{}]}}}
                  ],
                  "configuration": {"root_module": {"module_calls": {"m": {"module": {"resources": [
                    {"address": "aws_s3_bucket_versioning.v", "expressions": {"bucket": {"references":
                      ["aws_s3_bucket.elsewhere.id", "aws_s3_bucket.elsewhere"]}}}
                  ]}}}}}
                }
                """));
        Resource bucket = plan.all().get(0);
        Resource versioning = plan.all().get(1);

        assertThat(bucket.attr("bucket").isUnknown()).isTrue();
        assertThat(bucket.pointer()).isEqualTo("/planned_values/root_module/resources/0/values");
        assertThat(versioning.modulePath()).isEqualTo("module.m.");
        assertThat(versioning.attr("versioning_configuration.status").text()).contains("Enabled");
        // the reference names module.m's own bucket, not the root one
        assertThat(plan.link(versioning, "bucket", bucket)).isEqualTo(Link.NO);
        assertThat(plan.tags(bucket).values().keySet()).containsExactly("Environment");
    }

    @Test
    void should_find_references_in_interpolations() {
        assertThat(References.in("${aws_s3_bucket.logs_ABC.id}-${data.aws_iam_policy_document.p.json} ${var.x}"))
                .containsExactly("aws_s3_bucket.logs_ABC", "data.aws_iam_policy_document.p", "var.x");
        assertThat(References.in("${each.value}")).isEmpty();
        assertThat(References.addressOf("aws_s3_bucket.b[0].id")).isEqualTo("aws_s3_bucket.b");
    }
}
