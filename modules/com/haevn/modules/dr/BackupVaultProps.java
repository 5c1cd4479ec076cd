package com.haevn.modules.dr;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link LockedBackupVault}.
 *
 * @param name             the vault's name, also the key alias ({@code alias/<name>})
 * @param accountId        the account that administers the key (12 digits)
 * @param keyUserRoleArns  the roles AWS Backup runs as that use the key (backup and copy jobs)
 * @param lockMode         governance or compliance
 * @param retentionDays    the lock's minimum and maximum retention, in days: recovery points are kept exactly this
 *                         long, and a plan keeping them shorter or longer fails
 * @param provider         the AWS provider of the vault's region; null for the stack's default
 */
public record BackupVaultProps(String name, String accountId, List<String> keyUserRoleArns, VaultLockMode lockMode,
                               int retentionDays, TerraformProvider provider) {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9\\-_]{2,50}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public BackupVaultProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(lockMode, "lockMode");
        keyUserRoleArns = List.copyOf(keyUserRoleArns);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a vault name is 2..50 letters, digits, hyphens or underscores, got "
                    + name);
        }
        if (!ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got " + accountId);
        }
        if (keyUserRoleArns.isEmpty()) {
            throw new IllegalArgumentException("the vault's key needs the role AWS Backup runs as");
        }
        if (retentionDays < 1) {
            throw new IllegalArgumentException("retentionDays must be at least 1, got " + retentionDays);
        }
    }
}
