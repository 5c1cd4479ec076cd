package com.haevn.modules.dr;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlan;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlanRule;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlanRuleCopyAction;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlanRuleCopyActionLifecycle;
import com.hashicorp.cdktf.providers.aws.backup_plan.BackupPlanRuleLifecycle;
import com.hashicorp.cdktf.providers.aws.backup_selection.BackupSelection;
import com.hashicorp.cdktf.providers.aws.backup_selection.BackupSelectionCondition;
import com.hashicorp.cdktf.providers.aws.backup_selection.BackupSelectionConditionStringEquals;
import com.hashicorp.cdktf.providers.aws.backup_vault_notifications.BackupVaultNotifications;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_rule.CloudwatchEventRule;
import com.hashicorp.cdktf.providers.aws.cloudwatch_event_target.CloudwatchEventTarget;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nightly backup of the tagged databases of one region: a {@link LockedBackupVault} here and, when the props
 * name a copy region, a second one there owned by this construct through that region's provider (the other
 * region's stack never reads this one's outputs, nor this one theirs); a plan with one rule that starts in the
 * scheduled window, keeps every recovery point and its copy {@code retentionDays}; a selection of this region's RDS
 * clusters and instances carrying every selection tag; the role AWS Backup runs as (AWS's managed backup and
 * restore policies); and alerts on the region's topic for failed, aborted or expired backup jobs (an EventBridge
 * rule: vault notifications have no failure-only backup event) and failed copy jobs (vault notifications).
 */
public class NightlyBackup extends Construct {

    /** AWS's managed policies for the role AWS Backup assumes. */
    public static final List<String> MANAGED_POLICY_ARNS = List.of(
            "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
            "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores");
    /** The backup-job states that alert. */
    public static final List<String> FAILED_STATES = List.of("FAILED", "ABORTED", "EXPIRED");
    /** The vault events that alert. */
    public static final List<String> VAULT_EVENTS = List.of("COPY_JOB_FAILED");

    private final LockedBackupVault vault;
    private final Optional<LockedBackupVault> copyVault;
    private final BackupPlan plan;
    private final IamRole role;

    public NightlyBackup(Construct scope, String id, NightlyBackupProps props) {
        super(scope, id);
        role = IamRole.Builder.create(this, "role")
                .name(props.roleName())
                .description("AWS Backup jobs of " + props.planName())
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "backup.amazonaws.com"),
                        "Action", "sts:AssumeRole"))))
                .build();
        for (int i = 0; i < MANAGED_POLICY_ARNS.size(); i++) {
            IamRolePolicyAttachment.Builder.create(this, "role-policy-" + i)
                    .role(role.getName())
                    .policyArn(MANAGED_POLICY_ARNS.get(i))
                    .build();
        }
        vault = new LockedBackupVault(this, "vault", vaultProps(props, props.vaultName(), null));
        copyVault = props.copyRegionProvider().map(provider ->
                new LockedBackupVault(this, "copy-vault", vaultProps(props, props.copyVaultName(), provider)));

        List<BackupPlanRuleCopyAction> copies = new ArrayList<>();
        copyVault.ifPresent(copy -> copies.add(BackupPlanRuleCopyAction.builder()
                .destinationVaultArn(copy.vault().getArn())
                .lifecycle(BackupPlanRuleCopyActionLifecycle.builder().deleteAfter(props.retentionDays()).build())
                .build()));
        plan = BackupPlan.Builder.create(this, "plan")
                .name(props.planName())
                .rule(List.of(BackupPlanRule.builder()
                        .ruleName("nightly")
                        .targetVaultName(vault.vault().getName())
                        .schedule(props.schedule())
                        .startWindow(props.startWindowMinutes())
                        .completionWindow(props.completionWindowMinutes())
                        .lifecycle(BackupPlanRuleLifecycle.builder().deleteAfter(props.retentionDays()).build())
                        .copyAction(copies)
                        .build()))
                .build();
        String rds = "arn:aws:rds:" + props.region() + ":" + props.accountId() + ":";
        BackupSelection.Builder.create(this, "selection")
                .name("tagged-databases")
                .planId(plan.getId())
                .iamRoleArn(role.getArn())
                .resources(List.of(rds + "cluster:*", rds + "db:*"))
                .condition(List.of(BackupSelectionCondition.builder()
                        .stringEquals(props.selectionTags().entrySet().stream()
                                .map(tag -> BackupSelectionConditionStringEquals.builder()
                                        .key("aws:ResourceTag/" + tag.getKey()).value(tag.getValue()).build())
                                .toList())
                        .build()))
                .build();

        BackupVaultNotifications.Builder.create(this, "notifications")
                .backupVaultName(vault.vault().getName())
                .snsTopicArn(props.alarmTopicArn())
                .backupVaultEvents(VAULT_EVENTS)
                .build();
        CloudwatchEventRule failed = CloudwatchEventRule.Builder.create(this, "failed-jobs")
                .name(props.planName() + "-failed-jobs")
                .description("Backup jobs of " + props.vaultName() + " that failed, were aborted or expired")
                .eventPattern(PolicyJson.render(Map.of(
                        "source", List.of("aws.backup"),
                        "detail-type", List.of("Backup Job State Change"),
                        "detail", Map.of("state", FAILED_STATES, "backupVaultName", List.of(props.vaultName())))))
                .build();
        CloudwatchEventTarget.Builder.create(this, "failed-jobs-alert")
                .rule(failed.getName())
                .arn(props.alarmTopicArn())
                .build();
    }

    private BackupVaultProps vaultProps(NightlyBackupProps props, String name, TerraformProvider provider) {
        return new BackupVaultProps(name, props.accountId(), List.of(role.getArn()), props.lockMode(),
                props.retentionDays(), provider);
    }

    public LockedBackupVault vault() {
        return vault;
    }

    /** The vault in the copy region, when there is one. */
    public Optional<LockedBackupVault> copyVault() {
        return copyVault;
    }

    public BackupPlan plan() {
        return plan;
    }

    public IamRole role() {
        return role;
    }
}
