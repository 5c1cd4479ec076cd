package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Remote-state reads are found by their state key, whatever the S3 settings, with the outputs actually used. */
class RemoteStateReadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SynthesizedStack consumer(String json) throws Exception {
        return new SynthesizedStack("prod-usw2-runtime", Path.of("unused"), JSON.readTree(json));
    }

    @Test
    void should_find_the_producer_by_state_key_and_the_outputs_read() throws Exception {
        SynthesizedStack stack = consumer("""
                {"data": {"terraform_remote_state": {
                   "network": {"backend": "s3", "config": {"bucket": "haevn-prod-tfstate-usw2", "region": "us-west-2",
                     "key": "prod-usw2-network/terraform.tfstate", "kms_key_id": "arn:aws:kms:us-west-2:1:key/x",
                     "endpoint": "https://s3.us-west-2.example", "dynamodb_table": "lock", "encrypt": true}},
                   "alerts": {"backend": "s3",
                              "config": {"bucket": "b", "key": "prod-global-alerts/terraform.tfstate"}}}},
                 "resource": {"aws_eks_cluster": {"c": {
                   "vpc_config": {"subnet_ids": ["${data.terraform_remote_state.network.outputs.private-a}",
                                                 "${data.terraform_remote_state.network.outputs[\\"private-b\\"]}"]},
                   "tags": {"vpc": "${data.terraform_remote_state.network.outputs.vpc_id}"}}},
                   "aws_sns_topic_subscription": {"s": {"topic_arn": "${data.terraform_remote_state.alerts.outputs}"}}}}
                """);

        List<RemoteStateRead> reads = RemoteStateReads.of(stack);

        assertThat(reads).containsExactly(
                new RemoteStateRead("network", "prod-usw2-network", Set.of("private-a", "private-b", "vpc_id")),
                new RemoteStateRead("alerts", "prod-global-alerts", Set.of()));
        assertThat(reads.get(1).readsAllOutputs()).isTrue();
    }

    @Test
    void should_refuse_a_state_key_that_names_no_stack() throws Exception {
        SynthesizedStack stack = consumer("""
                {"data": {"terraform_remote_state": {"legacy": {"backend": "s3", "config": {"key": "legacy.tfstate"}}}}}
                """);

        assertThatThrownBy(() -> RemoteStateReads.of(stack))
                .hasMessageContaining("data.terraform_remote_state.legacy")
                .hasMessageContaining("<stack name>/terraform.tfstate");
    }
}
