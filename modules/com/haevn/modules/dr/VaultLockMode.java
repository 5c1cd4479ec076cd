package com.haevn.modules.dr;

/**
 * How an AWS Backup vault lock protects recovery points. Both modes refuse deleting a recovery point before its
 * minimum retention and refuse lifecycles outside the lock's range.
 */
public enum VaultLockMode {
    /**
     * Users with {@code backup:DeleteBackupVaultLockConfiguration} may remove the lock: protection against mistakes,
     * and the environment can still be torn down.
     */
    GOVERNANCE,
    /**
     * After a grace period of {@link #COMPLIANCE_GRACE_DAYS} days nobody, the root user and AWS included, can remove
     * the lock or shorten its retention: protection against a compromised account (ransomware).
     */
    COMPLIANCE;

    /** The grace period before a compliance lock becomes immutable, in days (AWS's minimum, 72 hours). */
    public static final int COMPLIANCE_GRACE_DAYS = 3;
}
