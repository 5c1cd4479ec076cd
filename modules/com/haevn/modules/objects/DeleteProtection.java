package com.haevn.modules.objects;

/**
 * What keeps a bucket's object versions from being deleted for good, beyond versioning. S3 refuses a lifecycle
 * configuration on a bucket with MFA delete, and only the root user with its MFA device can turn MFA delete on, so
 * the two kinds of bucket differ.
 */
public enum DeleteProtection {

    /**
     * S3 Object Lock in governance mode with a default retention: a version cannot be deleted or overwritten before
     * its retention ends, except by a principal allowed {@code s3:BypassGovernanceRetention} who asks for it. The
     * bucket has the lifecycle rules (Intelligent-Tiering, noncurrent versions expire).
     */
    OBJECT_LOCK,

    /**
     * MFA delete, turned on once by the root user (docs/objects.md): deleting a version or changing versioning needs
     * the root user's MFA code. The bucket has no lifecycle configuration, which S3 does not allow with MFA delete:
     * its versions are kept until someone deletes them with that code.
     */
    MFA_DELETE
}
