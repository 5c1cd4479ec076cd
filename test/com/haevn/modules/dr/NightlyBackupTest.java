package com.haevn.modules.dr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlan;
import com.hashicorp.cdktf.providers.aws.backup_selection.BackupSelection;
import com.hashicorp.cdktf.providers.aws.backup_vault.BackupVault;
import com.hashicorp.cdktf.providers.aws.backup_vault_lock_configuration.BackupVaultLockConfiguration;
import com.hashicorp.cdktf.providers.aws.backup_vault_notifications.BackupVaultNotifications;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_rule.CloudwatchEventRule;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The nightly backup construct synthesized from its own props, with and without a copy region. */
class NightlyBackupTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "arn:aws:sns:eu-central-1:123456789012:team-alerts";

    private static NightlyBackupProps.Builder props() {
        return NightlyBackupProps.builder()
                .namePrefix("team-euc1")
                .accountId("123456789012")
                .region("eu-central-1")
                .schedule("cron(30 1 * * ? *)")
                .retentionDays(21)
                .lockMode(VaultLockMode.GOVERNANCE)
                .selectionTags(Map.of("backup", "daily"))
                .alarmTopicArn(TOPIC);
    }

    private static JsonNode synth(boolean copy) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "backup-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        Optional<TerraformProvider> other = copy ? Optional.of(AwsProvider.Builder.create(stack, "aws-euw1")
                .region("eu-west-1").alias("euw1").build()) : Optional.empty();
        new NightlyBackup(stack, "backup", props().copyRegionProvider(other).build());
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(found::add);
        return found;
    }

    @Test
    void should_keep_recovery_points_the_retention_and_copy_them_into_a_vault_of_the_other_provider() throws Exception {
        JsonNode resources = synth(true);
        List<JsonNode> vaults = all(resources, BackupVault.TF_RESOURCE_TYPE);
        assertThat(vaults).extracting(v -> v.path("name").asText())
                .containsExactlyInAnyOrder("team-euc1-backup", "team-euc1-backup-copies");
        JsonNode copyVault = vaults.stream().filter(v -> v.path("name").asText().endsWith("copies")).findFirst()
                .orElseThrow();
        assertThat(copyVault.path("provider").asText()).isEqualTo("aws.euw1");
        assertThat(all(resources, KmsKey.TF_RESOURCE_TYPE)).hasSize(2)
                .allSatisfy(k -> assertThat(k.path("enable_key_rotation").asBoolean()).isTrue());
        assertThat(vaults).allSatisfy(v -> assertThat(v.path("kms_key_arn").asText()).startsWith("${aws_kms_key."));

        JsonNode rule = all(resources, BackupPlan.TF_RESOURCE_TYPE).get(0).path("rule").get(0);
        assertThat(rule.path("schedule").asText()).isEqualTo("cron(30 1 * * ? *)");
        assertThat(rule.path("start_window").asInt()).isEqualTo(60);
        assertThat(rule.path("completion_window").asInt()).isEqualTo(360);
        assertThat(rule.path("lifecycle").path("delete_after").asInt()).isEqualTo(21);
        JsonNode copy = rule.path("copy_action").get(0);
        assertThat(copy.path("lifecycle").path("delete_after").asInt()).isEqualTo(21);
        assertThat(copy.path("destination_vault_arn").asText()).contains("copy-vault");

        assertThat(all(resources, BackupVaultLockConfiguration.TF_RESOURCE_TYPE)).hasSize(2).allSatisfy(lock -> {
            assertThat(lock.path("min_retention_days").asInt()).isEqualTo(21);
            assertThat(lock.path("max_retention_days").asInt()).isEqualTo(21);
            assertThat(lock.has("changeable_for_days")).as("governance: no grace period").isFalse();
        });
    }

    @Test
    void should_select_only_tagged_rds_resources_of_the_region_and_alert_on_failed_jobs() throws Exception {
        JsonNode resources = synth(false);
        assertThat(all(resources, BackupVault.TF_RESOURCE_TYPE)).hasSize(1);
        assertThat(all(resources, BackupPlan.TF_RESOURCE_TYPE).get(0).path("rule").get(0).path("copy_action"))
                .isEmpty();
        JsonNode selection = all(resources, BackupSelection.TF_RESOURCE_TYPE).get(0);
        assertThat(selection.path("resources")).extracting(JsonNode::asText).containsExactly(
                "arn:aws:rds:eu-central-1:123456789012:cluster:*", "arn:aws:rds:eu-central-1:123456789012:db:*");
        JsonNode equals = selection.path("condition").get(0).path("string_equals").get(0);
        assertThat(equals.path("key").asText()).isEqualTo("aws:ResourceTag/backup");
        assertThat(equals.path("value").asText()).isEqualTo("daily");
        assertThat(all(resources, IamRolePolicyAttachment.TF_RESOURCE_TYPE)).extracting(a -> a.path("policy_arn")
                .asText()).containsExactlyElementsOf(NightlyBackup.MANAGED_POLICY_ARNS);

        JsonNode notifications = all(resources, BackupVaultNotifications.TF_RESOURCE_TYPE).get(0);
        assertThat(notifications.path("sns_topic_arn").asText()).isEqualTo(TOPIC);
        assertThat(notifications.path("backup_vault_events")).extracting(JsonNode::asText)
                .containsExactly("COPY_JOB_FAILED");
        JsonNode pattern = JSON.readTree(all(resources, CloudwatchEventRule.TF_RESOURCE_TYPE).get(0)
                .path("event_pattern").asText());
        assertThat(pattern.path("detail").path("state")).extracting(JsonNode::asText)
                .containsExactly("FAILED", "ABORTED", "EXPIRED");
        assertThat(pattern.path("detail").path("backupVaultName").get(0).asText()).isEqualTo("team-euc1-backup");
    }

    @Test
    void should_give_a_compliance_lock_the_three_day_grace_period() throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "compliance-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        new NightlyBackup(stack, "backup", props().lockMode(VaultLockMode.COMPLIANCE).build());
        JsonNode lock = all(JSON.readTree(Testing.synth(stack)).path("resource"),
                BackupVaultLockConfiguration.TF_RESOURCE_TYPE).get(0);
        assertThat(lock.path("changeable_for_days").asInt()).isEqualTo(3);
    }

    @Test
    void should_refuse_an_empty_selection_and_a_completion_window_inside_the_start_window() {
        assertThatThrownBy(() -> props().selectionTags(Map.of()).build())
                .hasMessageContaining("at least one tag");
        assertThatThrownBy(() -> props().startWindowMinutes(120).completionWindowMinutes(120).build())
                .hasMessageContaining("longer than the start window (120)");
        assertThatThrownBy(() -> props().schedule("daily").build()).hasMessageContaining("six fields");
    }
}
