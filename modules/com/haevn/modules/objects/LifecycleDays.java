package com.haevn.modules.objects;

/**
 * The day counts of the buckets' lifecycle and lock, shared by a bucket and its replica.
 *
 * @param noncurrentVersionExpirationDays a version is deleted this many days after a newer version or a delete
 *                                        marker replaced it (the seed's 90-day lifecycle policy)
 * @param objectLockRetentionDays         every new version is locked in governance mode this many days from its
 *                                        creation; at most {@code noncurrentVersionExpirationDays}, so that the
 *                                        lifecycle can delete a noncurrent version on its day
 * @param abortIncompleteUploadDays       a multipart upload not completed this many days after it started is
 *                                        aborted and its parts deleted
 * @param accessLogRetentionDays          how long the server access logs are kept
 */
public record LifecycleDays(int noncurrentVersionExpirationDays, int objectLockRetentionDays,
                            int abortIncompleteUploadDays, int accessLogRetentionDays) {

    /** The seed's 90-day lifecycle policy. */
    public static final int DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS = 90;
    /** 30 days: a month to notice and undo a deletion or overwrite, whoever made it. */
    public static final int DEFAULT_OBJECT_LOCK_RETENTION_DAYS = 30;
    /** 7 days: longer than any upload the applications make, short enough that orphaned parts cost little. */
    public static final int DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS = 7;
    /** 90 days, as long as versions are kept. */
    public static final int DEFAULT_ACCESS_LOG_RETENTION_DAYS = 90;
    /** Noncurrent versions of access logs are kept this long after they were replaced or deleted. */
    public static final int ACCESS_LOG_NONCURRENT_DAYS = 30;

    public LifecycleDays {
        atLeastOne("noncurrentVersionExpirationDays", noncurrentVersionExpirationDays);
        atLeastOne("objectLockRetentionDays", objectLockRetentionDays);
        atLeastOne("abortIncompleteUploadDays", abortIncompleteUploadDays);
        atLeastOne("accessLogRetentionDays", accessLogRetentionDays);
        if (objectLockRetentionDays > noncurrentVersionExpirationDays) {
            throw new IllegalArgumentException("objectLockRetentionDays (" + objectLockRetentionDays + ") must not "
                    + "exceed noncurrentVersionExpirationDays (" + noncurrentVersionExpirationDays + "): a locked "
                    + "version outlives the day the lifecycle should delete it");
        }
    }

    /** The defaults above. */
    public static LifecycleDays defaults() {
        return new LifecycleDays(DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS, DEFAULT_OBJECT_LOCK_RETENTION_DAYS,
                DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS, DEFAULT_ACCESS_LOG_RETENTION_DAYS);
    }

    private static void atLeastOne(String name, int days) {
        if (days < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 day, got " + days);
        }
    }
}
