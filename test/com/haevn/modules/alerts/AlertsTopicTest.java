package com.haevn.modules.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The alerts topic synthesized from its own props. */
class AlertsTopicTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode synth(AlertsTopicProps props) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "alerts-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new AlertsTopic(stack, "alerts", props);
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    @Test
    void should_let_only_this_accounts_alarm_publishers_use_the_key_and_the_topic() throws Exception {
        JsonNode resources = synth(AlertsTopicProps.builder().name("team-alerts").accountId("123456789012").build());

        JsonNode keyPolicy = JSON.readTree(resources.path(KmsKey.TF_RESOURCE_TYPE).elements().next().path("policy").asText());
        JsonNode publishers = keyPolicy.path("Statement").get(1);
        assertThat(publishers.path("Principal").path("Service")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(AlertsTopic.PUBLISHERS);
        assertThat(publishers.path("Action")).extracting(JsonNode::asText)
                .containsExactly("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(publishers.path("Condition").path("StringEquals").path("aws:SourceAccount").asText())
                .isEqualTo("123456789012");
        JsonNode topic = resources.path(SnsTopic.TF_RESOURCE_TYPE).elements().next();
        assertThat(topic.path("kms_master_key_id").asText()).startsWith("${aws_kms_key.");
        JsonNode topicPolicy = JSON.readTree(resources.path("aws_sns_topic_policy").elements().next().path("policy").asText());
        assertThat(topicPolicy.path("Statement").get(0).path("Action").asText()).isEqualTo("sns:Publish");
        assertThat(resources.has(SnsTopicSubscription.TF_RESOURCE_TYPE)).isFalse();
    }

    @Test
    void should_subscribe_each_https_receiver() throws Exception {
        JsonNode resources = synth(AlertsTopicProps.builder().name("team-alerts").accountId("123456789012")
                .subscriptions(List.of(new AlertsTopicProps.Subscription("chat", "https://chat.example.com/a", false),
                        new AlertsTopicProps.Subscription("paging", "https://page.example.com/b", true))).build());

        assertThat(resources.path(SnsTopicSubscription.TF_RESOURCE_TYPE)).hasSize(2)
                .allSatisfy(s -> assertThat(s.path("protocol").asText()).isEqualTo("https"));
    }

    @Test
    void should_refuse_a_receiver_that_is_not_https() {
        assertThatThrownBy(() -> new AlertsTopicProps.Subscription("chat", "http://chat.example.com/a", false))
                .hasMessageContaining("HTTPS only");
    }
}
