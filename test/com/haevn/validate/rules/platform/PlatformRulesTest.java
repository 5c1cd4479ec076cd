package com.haevn.validate.rules.platform;

import com.haevn.validate.rules.Inputs;
import com.haevn.validate.rules.dynamodb.PointInTimeRecoveryRule;
import com.haevn.validate.rules.ec2.InstanceMetadataV2Rule;
import com.haevn.validate.rules.vpc.FlowLogsRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DynamoDB point-in-time recovery, VPC flow logs and IMDSv2. */
class PlatformRulesTest {

    @Test
    void should_require_point_in_time_recovery_on_tables() {
        String json = """
                {"resource": {"aws_dynamodb_table": {
                  "locks": {"point_in_time_recovery": {"enabled": true}},
                  "sessions": {"point_in_time_recovery": [{"enabled": false}]},
                  "cache": {}}}}
                """;

        assertThat(Inputs.findings(new PointInTimeRecoveryRule(), Inputs.terraform(json)))
                .extracting(f -> f.message()).containsExactly(
                        "aws_dynamodb_table.sessions has point_in_time_recovery.enabled false, expected true",
                        "aws_dynamodb_table.cache has point_in_time_recovery.enabled not set, expected true");
    }

    @Test
    void should_require_a_flow_log_for_each_vpc() {
        String json = """
                {"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16"}, "spare": {}},
                  "aws_flow_log": {"main": {"vpc_id": "${aws_vpc.main.id}", "traffic_type": "ALL"}}}}
                """;

        assertThat(Inputs.findings(new FlowLogsRule(), Inputs.terraform(json))).singleElement()
                .satisfies(f -> assertThat(f.address()).isEqualTo("aws_vpc.spare"));
    }

    @Test
    void should_require_imdsv2_tokens() {
        String json = """
                {"resource": {"aws_launch_template": {
                  "nodes": {"metadata_options": {"http_tokens": "required"}},
                  "legacy": {"metadata_options": {"http_tokens": "optional"}},
                  "bare": {}}}}
                """;

        assertThat(Inputs.findings(new InstanceMetadataV2Rule(), Inputs.terraform(json)))
                .extracting(f -> f.address()).containsExactly("aws_launch_template.legacy", "aws_launch_template.bare");
    }
}
