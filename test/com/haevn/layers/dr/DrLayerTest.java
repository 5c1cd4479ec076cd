package com.haevn.layers.dr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dr stacks of dev, staging and prod as the environment files configure them: the seed's Backup & DR rows. */
class DrLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static JsonNode json(JsonNode text) {
        try {
            return JSON.readTree(text.asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"dev-use1-dr, dev, use1", "staging-use1-dr, staging, use1", "staging-usw2-dr, staging, usw2",
            "prod-use1-dr, prod, use1", "prod-usw2-dr, prod, usw2"})
    void should_back_the_tagged_databases_up_nightly_and_keep_them_35_days(String stack, String env, String region) {
        JsonNode plan = all(stack, "aws_backup_plan").get(0);
        assertThat(plan.path("name").asText()).isEqualTo("haevn-" + env + "-" + region + "-nightly");
        JsonNode rule = plan.path("rule").get(0);
        assertThat(rule.path("schedule").asText()).isEqualTo("cron(0 3 * * ? *)");
        assertThat(rule.path("start_window").asInt()).isEqualTo(60);
        assertThat(rule.path("completion_window").asInt()).isEqualTo(360);
        assertThat(rule.path("lifecycle").path("delete_after").asInt()).isEqualTo(35);
        assertThat(all(stack, "aws_backup_vault_lock_configuration")).allSatisfy(lock -> {
            assertThat(lock.path("min_retention_days").asInt()).isEqualTo(35);
            assertThat(lock.path("max_retention_days").asInt()).isEqualTo(35);
        });
        Map<String, String> tags = new LinkedHashMap<>();
        all(stack, "aws_backup_selection").get(0).path("condition").get(0).path("string_equals")
                .forEach(t -> tags.put(t.path("key").asText(), t.path("value").asText()));
        assertThat(tags).containsExactly(Map.entry("aws:ResourceTag/Environment", env),
                Map.entry("aws:ResourceTag/Layer", "data"));
        assertThat(all(stack, "aws_backup_vault")).allSatisfy(v ->
                assertThat(v.path("kms_key_arn").asText()).startsWith("${aws_kms_key."));
        assertThat(all(stack, "aws_backup_vault_notifications").get(0).path("sns_topic_arn").asText())
                .contains("alerts");
    }

    @ParameterizedTest
    @CsvSource({"staging-use1-dr, haevn-staging-use1, usw2", "staging-usw2-dr, haevn-staging-usw2, use1",
            "prod-use1-dr, haevn-prod-use1, usw2", "prod-usw2-dr, haevn-prod-usw2, use1"})
    void should_copy_every_recovery_point_into_a_vault_it_owns_in_the_other_region(String stack, String prefix,
                                                                                 String other) {
        JsonNode copyVault = all(stack, "aws_backup_vault").stream()
                .filter(v -> v.path("name").asText().equals(prefix + "-backup-copies")).findFirst().orElseThrow();
        assertThat(copyVault.path("provider").asText()).isEqualTo("aws." + other);
        JsonNode copy = all(stack, "aws_backup_plan").get(0).path("rule").get(0).path("copy_action").get(0);
        assertThat(copy.path("lifecycle").path("delete_after").asInt()).isEqualTo(35);
        assertThat(copy.path("destination_vault_arn").asText()).startsWith("${aws_backup_vault.").endsWith(".arn}");
        assertThat(SynthesizedPlatform.stack(stack).path("data").path("terraform_remote_state").toString())
                .as("no regional stack reads the other region's outputs").doesNotContain("-" + other + "-");
    }

    @Test
    void should_lock_prod_vaults_in_compliance_mode_and_leave_dev_uncopied_and_without_fis() {
        assertThat(all("prod-use1-dr", "aws_backup_vault_lock_configuration")).hasSize(2).allSatisfy(lock ->
                assertThat(lock.path("changeable_for_days").asInt()).isEqualTo(3));
        assertThat(all("staging-use1-dr", "aws_backup_vault_lock_configuration")).allSatisfy(lock ->
                assertThat(lock.has("changeable_for_days")).isFalse());
        assertThat(all("dev-use1-dr", "aws_backup_vault")).hasSize(1);
        assertThat(all("dev-use1-dr", "aws_backup_plan").get(0).path("rule").get(0).path("copy_action")).isEmpty();
        assertThat(all("dev-use1-dr", "aws_fis_experiment_template")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"staging-use1-dr, us-east-1a, 320987654321, us-east-1", "staging-usw2-dr, us-west-2a, 320987654321, us-west-2",
            "prod-use1-dr, us-east-1a, 430987654321, us-east-1", "prod-usw2-dr, us-west-2a, 430987654321, us-west-2"})
    void should_take_one_zone_away_for_30_minutes_and_stop_on_the_front_doors_alarms(String stack, String zone,
                                                                                    String account, String region) {
        JsonNode template = all(stack, "aws_fis_experiment_template").get(0);
        Map<String, JsonNode> targets = new LinkedHashMap<>();
        template.path("target").forEach(t -> targets.put(t.path("resource_type").asText(), t));
        assertThat(targets).containsOnlyKeys("aws:ec2:subnet", "aws:rds:cluster", "aws:ec2:instance",
                "aws:elasticache:replicationgroup");
        assertThat(targets.get("aws:ec2:subnet").path("filter").get(0).path("values").get(0).asText()).isEqualTo(zone);
        assertThat(targets.get("aws:ec2:subnet").path("filter").get(1).path("values").get(0).asText())
                .contains("vpc_id");
        assertThat(targets.get("aws:ec2:instance").path("filter").get(0).path("values").get(0).asText())
                .isEqualTo(zone);
        assertThat(targets.get("aws:ec2:instance").path("resource_tag").get(0).path("value").asText())
                .contains("cluster_name");
        assertThat(targets.get("aws:rds:cluster").path("parameters").path("writerAvailabilityZoneIdentifiers")
                .asText()).isEqualTo(zone);
        assertThat(targets.get("aws:rds:cluster").path("resource_tag").get(0).path("value").asText()).isEqualTo("data");
        assertThat(targets.get("aws:elasticache:replicationgroup").path("parameters")
                .path("availabilityZoneIdentifier").asText()).isEqualTo(zone);
        assertThat(targets.get("aws:elasticache:replicationgroup").path("resource_tag").get(0).path("value").asText())
                .isEqualTo("cache");
        List<String> durations = new ArrayList<>();
        template.path("action").forEach(a -> a.path("parameter").forEach(p -> {
            if (!p.path("key").asText().equals("scope")) {
                durations.add(p.path("value").asText());
            }
        }));
        assertThat(durations).containsExactly("PT30M", "PT30M", "PT30M");
        List<String> stops = new ArrayList<>();
        template.path("stop_condition").forEach(s -> stops.add(s.path("value").asText()));
        assertThat(stops).hasSize(4).allSatisfy(arn -> assertThat(arn)
                .startsWith("arn:aws:cloudwatch:" + region + ":" + account + ":alarm:${data.terraform_remote_state."));
        assertThat(all(stack, "aws_cloudwatch_log_group").get(0).path("kms_key_id").asText())
                .startsWith("${aws_kms_key.");
    }

    @Test
    void should_let_the_fis_role_fail_over_only_data_clusters_and_interrupt_only_cache_groups() {
        JsonNode policy = json(all("prod-use1-dr", "aws_iam_role_policy").stream()
                .filter(p -> p.path("name").asText().equals("az-gone")).findFirst().orElseThrow().path("policy"));
        Map<String, JsonNode> bySid = new LinkedHashMap<>();
        policy.path("Statement").forEach(s -> bySid.put(s.path("Sid").asText(), s));
        assertThat(bySid.get("FailOverTaggedDatabases").path("Resource").get(0).asText())
                .isEqualTo("arn:aws:rds:us-east-1:430987654321:cluster:*");
        assertThat(bySid.get("FailOverTaggedDatabases").path("Condition").path("StringEquals")
                .path("aws:ResourceTag/Layer").asText()).isEqualTo("data");
        assertThat(bySid.get("InterruptTaggedCaches").path("Condition").path("StringEquals")
                .path("aws:ResourceTag/Layer").asText()).isEqualTo("cache");
        List<String> actions = new ArrayList<>();
        policy.path("Statement").forEach(s -> s.path("Action").forEach(a -> actions.add(a.asText())));
        assertThat(actions).hasSize(23).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({"staging-use1-dr, ENABLED", "staging-usw2-dr, ENABLED",
            "prod-use1-dr, DISABLED", "prod-usw2-dr, DISABLED"})
    void should_schedule_the_monthly_game_day_load_first_then_the_experiment(String stack, String state) {
        JsonNode schedule = all(stack, "aws_scheduler_schedule").get(0);
        assertThat(schedule.path("schedule_expression").asText()).isEqualTo("cron(0 14 ? * TUE#2 *)");
        assertThat(schedule.path("state").asText()).isEqualTo(state);
        JsonNode machine = all(stack, "aws_sfn_state_machine").get(0);
        assertThat(schedule.path("target").path("arn").asText()).startsWith("${aws_sfn_state_machine.");
        JsonNode definition = json(machine.path("definition"));
        assertThat(definition.path("StartAt").asText()).isEqualTo("StartSyntheticLoad");
        JsonNode load = definition.path("States").path("StartSyntheticLoad");
        assertThat(load.path("Resource").asText()).isEqualTo("arn:aws:states:::eks:runJob");
        assertThat(load.path("Next").asText()).isEqualTo("WarmUp");
        assertThat(load.path("Parameters").path("Namespace").asText()).isEqualTo("game-day");
        assertThat(load.path("Parameters").path("Job").path("spec").path("activeDeadlineSeconds").asInt())
                .isEqualTo(3600);
        assertThat(definition.path("States").path("WarmUp").path("Seconds").asInt()).isEqualTo(600);
        JsonNode experiment = definition.path("States").path("StartExperiment");
        assertThat(experiment.path("Resource").asText()).isEqualTo("arn:aws:states:::aws-sdk:fis:startExperiment");
        assertThat(experiment.path("Parameters").path("ExperimentTemplateId").asText())
                .startsWith("${aws_fis_experiment_template.");
        JsonNode scope = all(stack, "aws_eks_access_policy_association").get(0).path("access_scope");
        assertThat(scope.path("type").asText()).isEqualTo("namespace");
        assertThat(scope.path("namespaces")).extracting(JsonNode::asText).containsExactly("game-day");
    }

    @Test
    void should_give_dev_no_game_day_schedule() {
        assertThat(all("dev-use1-dr", "aws_scheduler_schedule")).isEmpty();
        assertThat(all("dev-use1-dr", "aws_sfn_state_machine")).isEmpty();
    }
}
