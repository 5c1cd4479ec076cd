package com.haevn.modules.dr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.fis_experiment_template.FisExperimentTemplate;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AZ-Gone experiment synthesized from its own props: eu-central-1b away for 20 minutes. */
class AzGoneExperimentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALARM = "arn:aws:cloudwatch:eu-central-1:123456789012:alarm:team-5xx";
    private static JsonNode resources;

    private static AzGoneExperimentProps props(String zone, String duration, List<String> alarms) {
        return new AzGoneExperimentProps("team-euc1", "123456789012", "eu-central-1", zone, "vpc-0abc",
                Map.of("tier", "net"), "team-cluster", Map.of("tier", "db"), Map.of("tier", "redis"), duration,
                alarms, 60);
    }

    @BeforeAll
    static void synth() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "fis-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new AzGoneExperiment(stack, "az-gone", props("eu-central-1b", "PT20M", List.of(ALARM)));
        resources = JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static JsonNode only(String type) {
        return resources.path(type).elements().next();
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        Map<String, JsonNode> named = new LinkedHashMap<>();
        list.forEach(n -> named.put(n.path("name").asText(), n));
        return named;
    }

    @Test
    void should_take_every_kind_of_resource_away_in_one_zone_for_the_duration() {
        JsonNode template = only(FisExperimentTemplate.TF_RESOURCE_TYPE);
        Map<String, JsonNode> targets = byName(template.path("target"));
        assertThat(targets.get("subnets").path("resource_type").asText()).isEqualTo("aws:ec2:subnet");
        assertThat(targets.get("subnets").path("filter")).extracting(f -> f.path("path").asText() + "="
                + f.path("values").get(0).asText()).containsExactly("AvailabilityZone=eu-central-1b", "VpcId=vpc-0abc");
        assertThat(targets.get("nodes").path("filter")).extracting(f -> f.path("path").asText() + "="
                + f.path("values").get(0).asText())
                .containsExactly("Placement.AvailabilityZone=eu-central-1b", "State.Name=running");
        assertThat(targets.get("nodes").path("resource_tag").get(0).path("value").asText()).isEqualTo("team-cluster");
        assertThat(targets.get("database-clusters").path("parameters").path("writerAvailabilityZoneIdentifiers")
                .asText()).isEqualTo("eu-central-1b");
        assertThat(targets.get("cache-groups").path("parameters").path("availabilityZoneIdentifier").asText())
                .isEqualTo("eu-central-1b");
        assertThat(targets.values()).allSatisfy(t -> assertThat(t.path("selection_mode").asText()).isEqualTo("ALL"));

        Map<String, JsonNode> actions = byName(template.path("action"));
        assertThat(actions.values()).extracting(a -> a.path("action_id").asText()).containsExactly(
                AzGoneExperiment.DISRUPT_SUBNETS, AzGoneExperiment.FAIL_OVER_WRITER, AzGoneExperiment.STOP_NODES,
                AzGoneExperiment.INTERRUPT_CACHE);
        assertThat(actions.get("disrupt-subnets").path("parameter")).extracting(p -> p.path("key").asText() + "="
                + p.path("value").asText()).containsExactly("duration=PT20M", "scope=all");
        assertThat(actions.get("stop-nodes").path("parameter").get(0).path("value").asText()).isEqualTo("PT20M");
        assertThat(actions.get("interrupt-cache").path("parameter").get(0).path("value").asText()).isEqualTo("PT20M");
        assertThat(actions.get("interrupt-cache").path("target").path("key").asText()).isEqualTo("ReplicationGroups");
    }

    @Test
    void should_stop_on_the_alarms_and_log_to_an_encrypted_group() {
        JsonNode template = only(FisExperimentTemplate.TF_RESOURCE_TYPE);
        assertThat(template.path("stop_condition").get(0).path("source").asText()).isEqualTo("aws:cloudwatch:alarm");
        assertThat(template.path("stop_condition").get(0).path("value").asText()).isEqualTo(ALARM);
        JsonNode log = only(CloudwatchLogGroup.TF_RESOURCE_TYPE);
        assertThat(log.path("retention_in_days").asInt()).isEqualTo(60);
        assertThat(log.path("kms_key_id").asText()).startsWith("${aws_kms_key.");
        assertThat(template.path("log_configuration").path("cloudwatch_logs_configuration").path("log_group_arn")
                .asText()).startsWith("${aws_cloudwatch_log_group.");
    }

    @Test
    void should_let_the_role_do_only_the_experiments_actions_on_tagged_resources() throws Exception {
        JsonNode statements = JSON.readTree(only(IamRolePolicy.TF_RESOURCE_TYPE).path("policy").asText())
                .path("Statement");
        List<String> actions = new ArrayList<>();
        statements.forEach(s -> s.path("Action").forEach(a -> actions.add(a.asText())));
        assertThat(actions).doesNotContain("*").allSatisfy(a -> assertThat(a).doesNotEndWith(":*"))
                .contains("rds:FailoverDBCluster", "elasticache:InterruptClusterAzPower", "ec2:StopInstances");
        Map<String, JsonNode> bySid = new LinkedHashMap<>();
        statements.forEach(s -> bySid.put(s.path("Sid").asText(), s));
        assertThat(bySid.get("FailOverTaggedDatabases").path("Condition").path("StringEquals")
                .path("aws:ResourceTag/tier").asText()).isEqualTo("db");
        assertThat(bySid.get("InterruptTaggedCaches").path("Condition").path("StringEquals")
                .path("aws:ResourceTag/tier").asText()).isEqualTo("redis");
        assertThat(bySid.get("StopAndStartClusterNodes").path("Condition").path("StringEquals")
                .path("aws:ResourceTag/eks:cluster-name").asText()).isEqualTo("team-cluster");
        assertThat(bySid.get("ChangeOnlyFisNetworkAcls").path("Condition").path("StringEquals")
                .path("ec2:ResourceTag/managedByFIS").asText()).isEqualTo("true");
    }

    @Test
    void should_refuse_a_zone_of_another_region_a_bad_duration_and_no_stop_alarm() {
        assertThatThrownBy(() -> props("us-east-1a", "PT20M", List.of(ALARM)))
                .hasMessageContaining("must be an AZ of eu-central-1");
        assertThatThrownBy(() -> props("eu-central-1b", "20 minutes", List.of(ALARM)))
                .hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> props("eu-central-1b", "PT13H", List.of(ALARM)))
                .hasMessageContaining("between PT1M and PT12H");
        assertThatThrownBy(() -> props("eu-central-1b", "PT20M", List.of()))
                .hasMessageContaining("at least one stop alarm");
    }
}
