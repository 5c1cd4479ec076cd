package com.haevn.modules.dr;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.backup_vault.BackupVault;
import com.hashicorp.cdktf.providers.aws.backup_vault_lock_configuration.BackupVaultLockConfiguration;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * An AWS Backup vault encrypted with its own customer-managed key (rotation on) and locked: its recovery points
 * cannot be deleted before {@code retentionDays}, nor kept longer. The key's policy lets the account administer it
 * and the given AWS Backup roles use it (grants only for AWS resources), so copies into it can be re-encrypted.
 */
public class LockedBackupVault extends Construct {

    /** What AWS Backup's role needs of a vault key to write and read recovery points. */
    static final List<String> KEY_USE_ACTIONS = List.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*",
            "kms:GenerateDataKey*", "kms:DescribeKey");

    private final KmsKey key;
    private final BackupVault vault;

    public LockedBackupVault(Construct scope, String id, BackupVaultProps props) {
        super(scope, id);
        key = KmsKey.Builder.create(this, "key")
                .description("AWS Backup vault " + props.name())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .provider(props.provider())
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "AccountAdministers",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", "arn:aws:iam::" + props.accountId() + ":root"),
                                "Action", "kms:*",
                                "Resource", "*"),
                        Map.of("Sid", "BackupUsesKey",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", props.keyUserRoleArns()),
                                "Action", KEY_USE_ACTIONS,
                                "Resource", "*"),
                        Map.of("Sid", "BackupGrantsToAwsResources",
                                "Effect", "Allow",
                                "Principal", Map.of("AWS", props.keyUserRoleArns()),
                                "Action", List.of("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
                                "Resource", "*",
                                "Condition", Map.of("Bool", Map.of("kms:GrantIsForAWSResource", "true"))))))
                .build();
        KmsAlias.Builder.create(this, "alias").name("alias/" + props.name()).targetKeyId(key.getKeyId())
                .provider(props.provider()).build();
        vault = BackupVault.Builder.create(this, "vault")
                .name(props.name())
                .kmsKeyArn(key.getArn())
                .provider(props.provider())
                .build();
        BackupVaultLockConfiguration.Builder lock = BackupVaultLockConfiguration.Builder.create(this, "lock")
                .backupVaultName(vault.getName())
                .minRetentionDays(props.retentionDays())
                .maxRetentionDays(props.retentionDays())
                .provider(props.provider());
        if (props.lockMode() == VaultLockMode.COMPLIANCE) {
            lock.changeableForDays(VaultLockMode.COMPLIANCE_GRACE_DAYS);
        }
        lock.build();
    }

    public KmsKey key() {
        return key;
    }

    public BackupVault vault() {
        return vault;
    }
}
