package com.haevn.validate.suppress;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * One suppression from a suppressions file: findings of {@code rule} on {@code address} (in files matching
 * {@code fileGlob}, when given) are kept in reports but no longer fail validation.
 *
 * @param rule     the rule id, e.g. HVN-S3-004, or "*" for every rule
 * @param address  the Terraform address (aws_s3_bucket.logs), a glob of one (aws_s3_bucket.*), or "*"
 * @param reason   why, at least {@link #MIN_REASON_CHARS} characters: it is shown in every report
 * @param fileGlob a glob of the files it applies to, or null for all files
 */
public record Suppression(String rule, String address, String reason, String fileGlob) {

    /** Shorter reasons are refused: a suppression must say why to be auditable. */
    public static final int MIN_REASON_CHARS = 20;

    public boolean matches(String findingRule, String findingAddress, String file) {
        if (!rule.equals("*") && !rule.equals(findingRule)) {
            return false;
        }
        if (!globMatches(address, findingAddress)) {
            return false;
        }
        if (fileGlob == null) {
            return true;
        }
        String normalised = file.replace('\\', '/');
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + fileGlob);
        return matcher.matches(Path.of(normalised)) || globMatches(fileGlob, normalised);
    }

    /** A simple glob: "*" matches any run of characters. */
    static boolean globMatches(String glob, String value) {
        if (!glob.contains("*")) {
            return glob.equals(value);
        }
        StringBuilder regex = new StringBuilder();
        for (String part : glob.split("\\*", -1)) {
            if (regex.length() > 0 || glob.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(java.util.regex.Pattern.quote(part));
        }
        String pattern = glob.startsWith("*") ? regex.substring(2) : regex.toString();
        return value.matches(glob.startsWith("*") ? ".*" + pattern : pattern);
    }
}
