package com.haevn.modules.objects;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One bucket of an {@link ObjectStorage}.
 *
 * @param suffix     the bucket's short name, part of its name in AWS ({@code <prefix>-<region code>-<suffix>});
 *                   lowercase letters, digits and inner hyphens, at most {@value #MAX_SUFFIX_LENGTH} characters
 * @param purpose    what the bucket holds, in words; it becomes the bucket's {@code Purpose} tag
 * @param protection what protects its versions against deletion
 */
public record BucketSpec(String suffix, String purpose, DeleteProtection protection) {

    /**
     * The longest suffix: the longest bucket name, a replica's {@code haevn-<environment>-<code>-<suffix>-from-<code>},
     * must fit S3's 63 characters for a 22-character environment name and 5-character region codes.
     */
    public static final int MAX_SUFFIX_LENGTH = 16;

    private static final Pattern SUFFIX = Pattern.compile("[a-z]([a-z0-9-]*[a-z0-9])?");

    public BucketSpec {
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(protection, "protection");
        if (!SUFFIX.matcher(suffix).matches() || suffix.length() > MAX_SUFFIX_LENGTH || suffix.contains("--")) {
            throw new IllegalArgumentException("a bucket suffix is lowercase letters, digits and single inner hyphens, "
                    + "at most " + MAX_SUFFIX_LENGTH + " characters, got '" + suffix + "'");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("bucket " + suffix + " needs a purpose, got '" + purpose + "'");
        }
    }
}
