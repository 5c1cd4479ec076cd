package com.haevn.modules.dr;

import com.hashicorp.cdktf.TerraformProvider;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Settings of a {@link NightlyBackup}. Build with {@link #builder()}; every setting without a default is required.
 * Names derive from {@code namePrefix}: vault {@code <prefix>-backup} in the stack's region, copies in
 * {@code <prefix>-backup-copies} in the other region, plan {@code <prefix>-nightly}, role {@code <prefix>-backup}.
 *
 * @param namePrefix              prefix of every name, with the region: {@code haevn-prod-use1}
 * @param accountId               the account (12 digits)
 * @param region                  the databases' region, e.g. {@code us-east-1}: the selection covers its RDS
 *                                clusters and instances only
 * @param schedule                when the nightly job starts, an AWS Backup cron expression in UTC; default
 *                                {@link #DEFAULT_SCHEDULE}
 * @param startWindowMinutes      how long after the scheduled time a job may still start, in minutes (60 or more);
 *                                default 60
 * @param completionWindowMinutes how long a started job may run before AWS Backup cancels it, in minutes; more than
 *                                the start window; default 360
 * @param retentionDays           how long recovery points (and their copies) are kept, in days; default
 *                                {@link #DEFAULT_RETENTION_DAYS} (the seed)
 * @param lockMode                the vaults' lock; default {@link VaultLockMode#COMPLIANCE}
 * @param selectionTags           the tags a database must carry, all of them, to be backed up; at least one
 * @param copyRegionProvider      the provider of the region copies go to; empty: no copies
 * @param alarmTopicArn           the topic failed backup and copy jobs notify
 */
public record NightlyBackupProps(String namePrefix, String accountId, String region, String schedule,
                                 int startWindowMinutes, int completionWindowMinutes, int retentionDays,
                                 VaultLockMode lockMode, Map<String, String> selectionTags,
                                 Optional<TerraformProvider> copyRegionProvider, String alarmTopicArn) {

    /** 03:00 UTC every day. */
    public static final String DEFAULT_SCHEDULE = "cron(0 3 * * ? *)";
    /** The seed: nightly RDS snapshots retained 35 days. */
    public static final int DEFAULT_RETENTION_DAYS = 35;
    /** AWS Backup's shortest start window. */
    public static final int MIN_START_WINDOW_MINUTES = 60;

    private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CRON = Pattern.compile("cron\\(\\S+( \\S+){5}\\)");

    public NightlyBackupProps {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(lockMode, "lockMode");
        Objects.requireNonNull(copyRegionProvider, "copyRegionProvider");
        Objects.requireNonNull(alarmTopicArn, "alarmTopicArn");
        selectionTags = Collections.unmodifiableMap(new TreeMap<>(selectionTags));
        require(PREFIX.matcher(namePrefix).matches() && namePrefix.length() <= 35,
                "namePrefix must be at most 35 lowercase letters, digits and hyphens, got " + namePrefix);
        require(CRON.matcher(schedule).matches(), "schedule must be a cron expression with six fields, "
                + "e.g. cron(0 3 * * ? *), got " + schedule);
        require(startWindowMinutes >= MIN_START_WINDOW_MINUTES, "startWindowMinutes must be at least "
                + MIN_START_WINDOW_MINUTES + ", got " + startWindowMinutes);
        require(completionWindowMinutes > startWindowMinutes, "completionWindowMinutes must be longer than the "
                + "start window (" + startWindowMinutes + "), got " + completionWindowMinutes);
        require(retentionDays >= 1, "retentionDays must be at least 1, got " + retentionDays);
        require(!selectionTags.isEmpty(), "a selection needs at least one tag, or it would back up every database");
    }

    public String vaultName() {
        return namePrefix + "-backup";
    }

    public String copyVaultName() {
        return namePrefix + "-backup-copies";
    }

    public String planName() {
        return namePrefix + "-nightly";
    }

    public String roleName() {
        return namePrefix + "-backup";
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String namePrefix;
        private String accountId;
        private String region;
        private String schedule = DEFAULT_SCHEDULE;
        private int startWindowMinutes = MIN_START_WINDOW_MINUTES;
        private int completionWindowMinutes = 360;
        private int retentionDays = DEFAULT_RETENTION_DAYS;
        private VaultLockMode lockMode = VaultLockMode.COMPLIANCE;
        private Map<String, String> selectionTags = Map.of();
        private Optional<TerraformProvider> copyRegionProvider = Optional.empty();
        private String alarmTopicArn;

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder accountId(String value) {
            accountId = value;
            return this;
        }

        public Builder region(String value) {
            region = value;
            return this;
        }

        public Builder schedule(String value) {
            schedule = value;
            return this;
        }

        public Builder startWindowMinutes(int value) {
            startWindowMinutes = value;
            return this;
        }

        public Builder completionWindowMinutes(int value) {
            completionWindowMinutes = value;
            return this;
        }

        public Builder retentionDays(int value) {
            retentionDays = value;
            return this;
        }

        public Builder lockMode(VaultLockMode value) {
            lockMode = value;
            return this;
        }

        public Builder selectionTags(Map<String, String> value) {
            selectionTags = value;
            return this;
        }

        public Builder copyRegionProvider(Optional<TerraformProvider> value) {
            copyRegionProvider = value;
            return this;
        }

        public Builder alarmTopicArn(String value) {
            alarmTopicArn = value;
            return this;
        }

        public NightlyBackupProps build() {
            return new NightlyBackupProps(namePrefix, accountId, region, schedule, startWindowMinutes,
                    completionWindowMinutes, retentionDays, lockMode, selectionTags, copyRegionProvider,
                    alarmTopicArn);
        }
    }
}
