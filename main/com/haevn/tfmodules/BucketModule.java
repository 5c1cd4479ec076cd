package com.haevn.tfmodules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.haevn.modules.objects.BucketSpec;
import com.haevn.modules.objects.DeleteProtection;
import com.haevn.modules.objects.LifecycleDays;
import com.haevn.modules.objects.ObjectStorage;
import com.haevn.modules.objects.ObjectStorageProps;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ObjectStorage} of one bucket in one region: the hardened bucket, its region's key and server access log
 * bucket. The delete protection is expressed with {@code count}: Object Lock and the lifecycle exist only with
 * {@code OBJECT_LOCK}, as in the construct.
 */
final class BucketModule implements ModuleRecipe {

    /** The log bucket's suffix, which the construct refuses for a bucket (RegionalObjects keeps it to itself). */
    private static final String LOG_BUCKET_SUFFIX = "objects-logs";
    private static final String LOCKED = "var.protection == \"OBJECT_LOCK\"";
    /** The construct reads the region name only for replication, which this module leaves out. */
    private static final String REGION_WITHOUT_REPLICATION = "us-east-1";

    @Override
    public String name() {
        return "bucket";
    }

    @Override
    public String summary() {
        return "A hardened S3 bucket (construct `com.haevn.modules.objects.ObjectStorage` with one bucket and no"
                + " replica): versioned, SSE-KMS with a customer-managed key (rotation on) and bucket keys, all public"
                + " access blocked, ACLs disabled, a policy refusing any request not made over TLS, server access logs"
                + " to a log bucket of its own (SSE-S3, as S3 log delivery requires), and prevent_destroy. With"
                + " OBJECT_LOCK: Object Lock in governance mode and the lifecycle (Intelligent-Tiering, noncurrent"
                + " versions expire, incomplete uploads aborted); with MFA_DELETE neither (the root user turns MFA"
                + " delete on, which Terraform cannot).";
    }

    @Override
    public List<Class<? extends Record>> propsRecords() {
        return List.of(ObjectStorageProps.class, BucketSpec.class, LifecycleDays.class);
    }

    @Override
    public Map<String, String> propInputs() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("ObjectStorageProps.namePrefix", "name_prefix");
        props.put("ObjectStorageProps.accountId", "account_id");
        props.put("ObjectStorageProps.regionCode", "region_code");
        props.put("ObjectStorageProps.days", "noncurrent_version_expiration_days, object_lock_retention_days,"
                + " abort_incomplete_upload_days, access_log_retention_days");
        props.put("BucketSpec.suffix", "bucket_suffix");
        props.put("BucketSpec.purpose", "purpose");
        props.put("BucketSpec.protection", "protection");
        props.put("LifecycleDays.noncurrentVersionExpirationDays", "noncurrent_version_expiration_days");
        props.put("LifecycleDays.objectLockRetentionDays", "object_lock_retention_days");
        props.put("LifecycleDays.abortIncompleteUploadDays", "abort_incomplete_upload_days");
        props.put("LifecycleDays.accessLogRetentionDays", "access_log_retention_days");
        return props;
    }

    @Override
    public List<LeftOut> leftOut() {
        return List.of(
                new LeftOut("ObjectStorageProps.buckets", "the module makes one bucket from the BucketSpec inputs;"
                        + " several buckets sharing one key and log bucket need the Java construct."),
                new LeftOut("ObjectStorageProps.replica", "replication needs a second, aliased provider of the replica"
                        + " region and a replica of every bucket; the module has no replication (use the construct)."),
                new LeftOut("ObjectStorageProps.regionName", "only replication reads it; the caller's provider"
                        + " decides the region."));
    }

    @Override
    public List<ModuleInput> inputs() {
        return List.of(
                ModuleInput.required("name_prefix", "string", "Prefix of every name, e.g. haevn-prod: the bucket is"
                        + " <prefix>-<region_code>-<bucket_suffix>."),
                ModuleInput.required("account_id", "string",
                        "The account the buckets belong to (12 digits), for the log delivery condition.",
                        new ModuleInput.Validation("can(regex(\"^\\\\d{12}$\", var.account_id))",
                                "account_id must be 12 digits.")),
                ModuleInput.required("region_code", "string", "The short code of the provider's region, e.g. use1."),
                ModuleInput.required("bucket_suffix", "string", "The bucket's short name: lowercase letters, digits"
                                + " and single inner hyphens, at most 16 characters; not " + LOG_BUCKET_SUFFIX + ".",
                        new ModuleInput.Validation("can(regex(\"^[a-z]([a-z0-9-]*[a-z0-9])?$\", var.bucket_suffix))"
                                + " && length(var.bucket_suffix) <= " + BucketSpec.MAX_SUFFIX_LENGTH
                                + " && !strcontains(var.bucket_suffix, \"--\") && var.bucket_suffix != \"" + LOG_BUCKET_SUFFIX + "\"",
                                "bucket_suffix must be lowercase letters, digits and single inner hyphens, at most 16"
                                        + " characters, and not " + LOG_BUCKET_SUFFIX + ".")),
                ModuleInput.required("purpose", "string", "What the bucket holds, in words; its Purpose tag.",
                        new ModuleInput.Validation("trimspace(var.purpose) != \"\"", "purpose must not be blank.")),
                ModuleInput.optional("protection", "string", "What protects versions against deletion: OBJECT_LOCK"
                                + " (governance-mode retention and the lifecycle) or MFA_DELETE (no lifecycle; the root"
                                + " user turns MFA delete on).", DeleteProtection.OBJECT_LOCK.name(),
                        new ModuleInput.Validation("contains([\"OBJECT_LOCK\", \"MFA_DELETE\"], var.protection)",
                                "protection must be OBJECT_LOCK or MFA_DELETE.")),
                ModuleInput.optional("noncurrent_version_expiration_days", "number", "A version is deleted this many"
                                + " days after it became noncurrent (OBJECT_LOCK only).",
                        LifecycleDays.DEFAULT_NONCURRENT_VERSION_EXPIRATION_DAYS, atLeastOne("noncurrent_version_expiration_days")),
                ModuleInput.optional("object_lock_retention_days", "number", "Every new version is locked in governance"
                                + " mode this many days; at most noncurrent_version_expiration_days (OBJECT_LOCK only).",
                        LifecycleDays.DEFAULT_OBJECT_LOCK_RETENTION_DAYS, atLeastOne("object_lock_retention_days"),
                        new ModuleInput.Validation("var.object_lock_retention_days <="
                                + " var.noncurrent_version_expiration_days", "object_lock_retention_days must not exceed"
                                + " noncurrent_version_expiration_days: a locked version would outlive its expiry.")),
                ModuleInput.optional("abort_incomplete_upload_days", "number", "A multipart upload not completed this"
                                + " many days after it started is aborted.",
                        LifecycleDays.DEFAULT_ABORT_INCOMPLETE_UPLOAD_DAYS, atLeastOne("abort_incomplete_upload_days")),
                ModuleInput.optional("access_log_retention_days", "number", "How long server access logs are kept, in"
                        + " days.", LifecycleDays.DEFAULT_ACCESS_LOG_RETENTION_DAYS, atLeastOne("access_log_retention_days")));
    }

    private static ModuleInput.Validation atLeastOne(String variable) {
        return new ModuleInput.Validation("var." + variable + " >= 1", variable + " must be at least 1.");
    }

    @Override
    public Map<String, Object> placeholders() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name_prefix", "bsentinelprefix");
        values.put("account_id", "918273645502");
        values.put("region_code", "bsentinelrc");
        values.put("bucket_suffix", "bsentinelsfx");
        values.put("purpose", "bsentinelpurpose");
        values.put("protection", DeleteProtection.OBJECT_LOCK.name());
        values.put("noncurrent_version_expiration_days", 40131);
        values.put("object_lock_retention_days", 40129);
        values.put("abort_incomplete_upload_days", 40127);
        values.put("access_log_retention_days", 40133);
        return values;
    }

    @Override
    public List<Substitution> substitutions() {
        return List.of(
                Substitution.variable("bsentinelprefix", "name_prefix"),
                Substitution.variable("918273645502", "account_id"),
                Substitution.variable("bsentinelrc", "region_code"),
                Substitution.named("bsentinelsfx", "${var.bucket_suffix}", "bucket"),
                Substitution.variable("bsentinelpurpose", "purpose"),
                Substitution.variable(40131, "noncurrent_version_expiration_days"),
                Substitution.variable(40129, "object_lock_retention_days"),
                Substitution.variable(40127, "abort_incomplete_upload_days"),
                Substitution.variable(40133, "access_log_retention_days"));
    }

    @Override
    public List<ModuleOutput> build(Construct stack, ModuleValues values) {
        ObjectStorage storage = new ObjectStorage(stack, ConstructSynthesizer.ROOT, ObjectStorageProps.builder()
                .namePrefix(values.string("name_prefix"))
                .accountId(values.string("account_id"))
                .region(REGION_WITHOUT_REPLICATION, values.string("region_code"))
                .buckets(List.of(new BucketSpec(values.string("bucket_suffix"), values.string("purpose"),
                        DeleteProtection.valueOf(values.string("protection")))))
                .days(new LifecycleDays(values.integer("noncurrent_version_expiration_days"),
                        values.integer("object_lock_retention_days"), values.integer("abort_incomplete_upload_days"),
                        values.integer("access_log_retention_days")))
                .build());
        return List.of(
                new ModuleOutput("bucket_name", "The bucket's name.", storage.buckets().get(0).getBucket()),
                new ModuleOutput("bucket_arn", "The bucket's ARN.", storage.buckets().get(0).getArn()),
                new ModuleOutput("key_arn", "The KMS key that encrypts the bucket: readers and writers need it.",
                        storage.key().getArn()),
                new ModuleOutput("access_log_bucket_name", "The server access log bucket's name.",
                        storage.accessLogBucket().getBucket()));
    }

    @Override
    public Set<String> adjustedInputs() {
        return Set.of("protection");
    }

    /** Synthesized with OBJECT_LOCK; MFA_DELETE drops the lock and the lifecycle and does not enable Object Lock. */
    @Override
    public void adjust(ObjectNode module) {
        String count = "${" + LOCKED + " ? 1 : 0}";
        ModuleJson.resource(module, "aws_s3_bucket_object_lock_configuration", "home_bucket_object-lock").put("count", count);
        ModuleJson.resource(module, "aws_s3_bucket_lifecycle_configuration", "home_bucket_lifecycle").put("count", count);
        ObjectNode bucket = ModuleJson.resource(module, "aws_s3_bucket", "home_bucket_bucket");
        bucket.put("object_lock_enabled", "${" + LOCKED + "}");
        ((ObjectNode) bucket.get("tags")).put("DeleteProtection", "${var.protection}");
    }

    @Override
    public Map<String, Object> example() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("name_prefix", "payments-prod");
        example.put("account_id", "123456789012");
        example.put("region_code", "use1");
        example.put("bucket_suffix", "statements");
        example.put("purpose", "Monthly account statements");
        return example;
    }
}
