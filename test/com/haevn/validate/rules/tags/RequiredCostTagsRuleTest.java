package com.haevn.validate.rules.tags;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequiredCostTagsRuleTest {

    private final RequiredCostTagsRule rule = new RequiredCostTagsRule();

    @Test
    void should_accept_tags_supplied_by_provider_default_tags() {
        List<Finding> findings = Inputs.findings(rule, Inputs.terraform("""
                {"provider": {"aws": [{"default_tags": [{"tags": {"Environment": "prod", "Layer": "data",
                   "CostCenter": "CC-4300", "Owner": "platform-team", "ManagedBy": "cdktf",
                   "Repository": "haevn/infrastructure"}}]}]},
                 "resource": {"aws_sqs_queue": {"q": {"name": "q"}}}}
                """));

        assertThat(findings).isEmpty();
    }

    @Test
    void should_name_the_missing_keys_when_tags_are_incomplete() {
        List<Finding> findings = Inputs.findings(rule, Inputs.terraform("""
                {"provider": {"aws": [{"default_tags": [{"tags": {"Environment": "prod", "Owner": "x"}}]}]},
                 "resource": {"aws_sqs_queue": {"q": {"name": "q", "tags": {"Layer": "async", "CostCenter": ""}}}}}
                """));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HVN-TAG-001");
            assertThat(f.address()).isEqualTo("aws_sqs_queue.q");
            assertThat(f.message()).contains("CostCenter, ManagedBy, Repository").contains("has Environment, Layer, Owner");
        });
    }

    @Test
    void should_not_judge_tags_given_as_an_expression_or_untaggable_types() {
        assertThat(Inputs.findings(rule, Inputs.terraform("""
                {"resource": {"aws_sqs_queue": {"q": {"tags": "${var.tags}"}}}}
                """))).isEmpty();
        assertThat(Inputs.run(rule, Inputs.terraform("""
                {"resource": {"aws_s3_bucket_versioning": {"v": {"bucket": "b"}}}}
                """)).applicable()).isFalse();
    }

    @Test
    void should_use_tags_all_in_a_plan_and_skip_it_when_unknown() {
        String plan = """
                {"planned_values": {"root_module": {"resources": [
                  {"address": "aws_sns_topic.t", "mode": "managed", "type": "aws_sns_topic", "name": "t",
                   "values": {"tags": null, "tags_all": {"Environment": "dev"}}},
                  {"address": "aws_sns_topic.u", "mode": "managed", "type": "aws_sns_topic", "name": "u",
                   "values": {"tags": {"Owner": "${x}"}}}
                ]}},
                 "resource_changes": [{"address": "aws_sns_topic.u", "change": {"actions": ["create"],
                   "after_unknown": {"tags_all": true}}}]}
                """;

        assertThat(Inputs.findings(rule, Inputs.plan(plan))).singleElement()
                .satisfies(f -> assertThat(f.address()).isEqualTo("aws_sns_topic.t"));
    }
}
