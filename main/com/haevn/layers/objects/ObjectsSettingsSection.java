package com.haevn.layers.objects;

import com.haevn.environment.Located;
import com.haevn.environment.MappingReader;
import com.haevn.environment.SectionContext;
import com.haevn.environment.SettingDoc;
import com.haevn.environment.SettingsSection;
import com.haevn.environment.Tier;
import com.haevn.modules.objects.BucketSpec;
import com.haevn.modules.objects.DeleteProtection;
import com.haevn.modules.objects.LifecycleDays;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code objects} section: bucket names S3 accepts, day counts that agree with each other, and the
 * tier rule that staging and production replicate their objects to the other region.
 */
final class ObjectsSettingsSection implements SettingsSection<ObjectsSettings> {

    static final List<String> BUCKET_KEYS = List.of("name", "purpose", "mfa_delete");
    /** The log bucket's suffix: a configured bucket may not take it. */
    static final String RESERVED_NAME = "objects-logs";
    /** S3's longest lifecycle day count that still means something: 100 years. */
    static final int MAX_DAYS = 36_500;

    private static final Pattern NAME = Pattern.compile("[a-z]([a-z0-9]|-(?=[a-z0-9]))*");

    @Override
    public String key() {
        return ObjectsLayer.NAME;
    }

    @Override
    public List<String> keys() {
        return List.of("buckets", "noncurrent_version_expiration_days", "object_lock_retention_days",
                "abort_incomplete_upload_days", "access_log_retention_days", "cross_region_replication");
    }

    @Override
    public List<SettingDoc> documentation() {
        return List.of(
                new SettingDoc("buckets[]", "list", "the file-object buckets, `haevn-<env>-<region code>-<name>` in "
                        + "each region: `name` (lowercase letters, digits, single inner hyphens, at most "
                        + BucketSpec.MAX_SUFFIX_LENGTH + " characters, unique, not `" + RESERVED_NAME + "`), "
                        + "`purpose` (what it holds, its Purpose tag), `mfa_delete` (false: Object Lock in governance "
                        + "mode and the lifecycle rules; true: no lifecycle, MFA delete turned on by the root user, "
                        + "docs/objects.md); at least one"),
                new SettingDoc("noncurrent_version_expiration_days", "number", "days after a version became "
                        + "noncurrent (overwritten or deleted) until the lifecycle deletes it (1.." + MAX_DAYS
                        + "; the seed's 90)"),
                new SettingDoc("object_lock_retention_days", "number", "governance-mode Object Lock retention of "
                        + "every new version, in days from its creation (1..noncurrent_version_expiration_days)"),
                new SettingDoc("abort_incomplete_upload_days", "number", "days after which an incomplete multipart "
                        + "upload is aborted and its parts deleted (1..30)"),
                new SettingDoc("access_log_retention_days", "number", "days the S3 server access logs are kept (1.."
                        + MAX_DAYS + ")"),
                new SettingDoc("cross_region_replication", "boolean", "replicate each region's buckets to the "
                        + "environment's other region with S3 Replication Time Control (15 minutes); true for staging "
                        + "and production; with more than two regions the primary's go to the second region and "
                        + "every other region's to the primary"));
    }

    @Override
    public Optional<ObjectsSettings> read(MappingReader section, SectionContext context) {
        Optional<List<BucketSpec>> buckets = buckets(section);
        Optional<Integer> noncurrent = days(section, "noncurrent_version_expiration_days", MAX_DAYS);
        Optional<Integer> lock = section.integer("object_lock_retention_days")
                .flatMap(d -> range(section, d, 1, noncurrent.orElse(MAX_DAYS), noncurrent.isPresent()
                        ? "a retention the lifecycle can honour: at most noncurrent_version_expiration_days ("
                        + noncurrent.get() + "), or a locked version outlives the day it should be deleted"
                        : "an Object Lock retention (days)"));
        Optional<Integer> abort = days(section, "abort_incomplete_upload_days", 30);
        Optional<Integer> logs = days(section, "access_log_retention_days", MAX_DAYS);
        Optional<Boolean> replication = section.bool("cross_region_replication")
                .flatMap(r -> replication(section, r, context));
        if (buckets.isEmpty() || noncurrent.isEmpty() || lock.isEmpty() || abort.isEmpty() || logs.isEmpty()
                || replication.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ObjectsSettings(buckets.get(),
                new LifecycleDays(noncurrent.get(), lock.get(), abort.get(), logs.get()), replication.get()));
    }

    private static Optional<List<BucketSpec>> buckets(MappingReader section) {
        Optional<List<Node>> nodes = section.sequence("buckets").map(list -> list.getValue());
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        if (nodes.get().isEmpty()) {
            section.report("buckets", "no bucket is defined; add at least one, e.g. { name: media, purpose: "
                    + "\"uploaded media\", mfa_delete: false }");
            return Optional.empty();
        }
        List<BucketSpec> buckets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < nodes.get().size(); i++) {
            Optional<BucketSpec> bucket = section.mappingAt(nodes.get().get(i), "buckets[" + i + "]", BUCKET_KEYS)
                    .flatMap(entry -> bucket(entry, names));
            bucket.ifPresent(buckets::add);
            valid &= bucket.isPresent();
        }
        return valid ? Optional.of(buckets) : Optional.empty();
    }

    private static Optional<BucketSpec> bucket(MappingReader entry, Set<String> names) {
        Optional<Located<String>> name = entry.string("name").filter(n -> validName(entry, n, names));
        Optional<Located<String>> purpose = entry.string("purpose").filter(p -> {
            if (p.value().isBlank()) {
                entry.report(p, "say what the bucket holds, e.g. \"uploaded media and its renditions\"");
                return false;
            }
            return true;
        });
        Optional<Located<Boolean>> mfaDelete = entry.bool("mfa_delete");
        if (name.isEmpty() || purpose.isEmpty() || mfaDelete.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BucketSpec(name.get().value(), purpose.get().value(),
                mfaDelete.get().value() ? DeleteProtection.MFA_DELETE : DeleteProtection.OBJECT_LOCK));
    }

    private static boolean validName(MappingReader entry, Located<String> name, Set<String> names) {
        String text = name.value();
        if (!NAME.matcher(text).matches() || text.length() > BucketSpec.MAX_SUFFIX_LENGTH) {
            entry.report(name, "\"" + text + "\" is not a bucket name; use lowercase letters, digits and single inner "
                    + "hyphens, starting with a letter, at most " + BucketSpec.MAX_SUFFIX_LENGTH + " characters "
                    + "(the longest name, haevn-<environment>-<code>-" + text + "-from-<code>, must fit S3's 63), "
                    + "e.g. media");
            return false;
        }
        if (text.equals(RESERVED_NAME)) {
            entry.report(name, "\"" + RESERVED_NAME + "\" is the name of the layer's access-log bucket; choose "
                    + "another name");
            return false;
        }
        if (!names.add(text)) {
            entry.report(name, "bucket name \"" + text + "\" is used twice; give each bucket its own");
            return false;
        }
        return true;
    }

    private static Optional<Boolean> replication(MappingReader section, Located<Boolean> replicate,
                                                 SectionContext context) {
        Optional<Tier> highAvailability = context.tier().filter(Tier::requiresHighAvailability);
        if (!replicate.value() && highAvailability.isPresent()) {
            section.report(replicate, "a " + highAvailability.get().yamlValue() + " environment replicates its "
                    + "objects to its other region (the seed's Object Storage RPO); set cross_region_replication: true");
            return Optional.empty();
        }
        return Optional.of(replicate.value());
    }

    private static Optional<Integer> days(MappingReader section, String key, int max) {
        return section.integer(key).flatMap(d -> range(section, d, 1, max, "a day count for " + key));
    }

    private static Optional<Integer> range(MappingReader section, Located<Integer> value, int min, int max,
                                           String what) {
        if (value.value() >= min && value.value() <= max) {
            return Optional.of(value.value());
        }
        section.report(value, value.value() + " is not " + what + "; use " + min + ".." + max);
        return Optional.empty();
    }
}
