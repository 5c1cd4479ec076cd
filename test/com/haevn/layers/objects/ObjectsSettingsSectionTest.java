package com.haevn.layers.objects;

import com.haevn.environment.Environments;
import com.haevn.modules.objects.BucketSpec;
import com.haevn.modules.objects.DeleteProtection;
import com.haevn.modules.objects.LifecycleDays;
import com.haevn.testing.EnvironmentFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.haevn.testing.EnvironmentFixtures.assertOnlyProblem;
import static com.haevn.testing.EnvironmentFixtures.line;
import static com.haevn.testing.EnvironmentFixtures.problemsOfQa;
import static com.haevn.testing.EnvironmentFixtures.qaWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The {@code objects} section: what it reads from the staging fixture and what it refuses. */
class ObjectsSettingsSectionTest {

    @TempDir
    Path dir;

    private static final String RECORDS = "- { name: records, purpose: \"signed invoices\", mfa_delete: true }";

    @Test
    void should_read_buckets_with_their_protection_the_days_and_replication() {
        EnvironmentFixtures.write(dir, "qa.yaml", EnvironmentFixtures.staging("qa", "10.60.0.0/16"));
        ObjectsSettings settings = EnvironmentFixtures.load(dir).all().get(0).settings(ObjectsLayer.SETTINGS);

        assertThat(settings.buckets()).containsExactly(
                new BucketSpec("media", "uploaded media", DeleteProtection.OBJECT_LOCK),
                new BucketSpec("records", "signed invoices", DeleteProtection.MFA_DELETE));
        assertThat(settings.days()).isEqualTo(new LifecycleDays(90, 30, 7, 90));
        assertThat(settings.crossRegionReplication()).isTrue();
    }

    @Test
    void should_refuse_a_staging_environment_that_does_not_replicate() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("cross_region_replication: true", "cross_region_replication: false")),
                "qa.yaml", "objects.cross_region_replication", line("cross_region_replication"),
                "a staging environment replicates its objects to its other region (the seed's Object Storage RPO); "
                        + "set cross_region_replication: true");
    }

    @Test
    void should_let_a_development_environment_keep_its_objects_in_one_region() {
        EnvironmentFixtures.write(dir, "qa.yaml", qaWith("tier: staging", "tier: development")
                .replace("cross_region_replication: true", "cross_region_replication: false"));
        Environments environments = EnvironmentFixtures.load(dir);

        assertThat(environments.all().get(0).settings(ObjectsLayer.SETTINGS).crossRegionReplication()).isFalse();
    }

    @Test
    void should_refuse_a_lock_that_outlives_the_lifecycle() {
        assertOnlyProblem(problemsOfQa(dir, qaWith("object_lock_retention_days: 30", "object_lock_retention_days: 120")),
                "qa.yaml", "objects.object_lock_retention_days", line("object_lock_retention_days"),
                "120 is not a retention the lifecycle can honour: at most noncurrent_version_expiration_days (90), or "
                        + "a locked version outlives the day it should be deleted; use 1..90");
    }

    @Test
    void should_refuse_a_bucket_name_used_twice() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(RECORDS, RECORDS.replace("records", "media"))), "qa.yaml",
                "objects.buckets[1].name", line("buckets") + 2,
                "bucket name \"media\" is used twice; give each bucket its own");
    }

    @Test
    void should_refuse_the_log_bucket_name() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(RECORDS, RECORDS.replace("records", "objects-logs"))), "qa.yaml",
                "objects.buckets[1].name", line("buckets") + 2,
                "\"objects-logs\" is the name of the layer's access-log bucket; choose another name");
    }

    @Test
    void should_refuse_a_name_s3_cannot_fit_with_the_longest_prefix() {
        assertOnlyProblem(problemsOfQa(dir, qaWith(RECORDS, RECORDS.replace("records", "signed-invoices-archive"))),
                "qa.yaml", "objects.buckets[1].name", line("buckets") + 2,
                "\"signed-invoices-archive\" is not a bucket name; use lowercase letters, digits and single inner "
                        + "hyphens, starting with a letter, at most 16 characters (the longest name, "
                        + "haevn-<environment>-<code>-signed-invoices-archive-from-<code>, must fit S3's 63), e.g. media");
    }

    @Test
    void should_refuse_an_empty_bucket_list() {
        String text = qaWith("    - { name: media, purpose: \"uploaded media\", mfa_delete: false }\n    " + RECORDS + "\n",
                "").replace("  buckets:\n  noncurrent", "  buckets: []\n  noncurrent");
        assertOnlyProblem(problemsOfQa(dir, text), "qa.yaml", "objects.buckets", line("buckets"),
                "no bucket is defined; add at least one, e.g. { name: media, purpose: \"uploaded media\", "
                        + "mfa_delete: false }");
    }
}
