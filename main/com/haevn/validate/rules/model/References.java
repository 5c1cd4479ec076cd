package com.haevn.validate.rules.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The addresses a Terraform expression refers to, e.g. {@code "${aws_s3_bucket.logs.id}"} gives aws_s3_bucket.logs. */
public final class References {

    // module.x / var.x / local.x / data.T.N / T.N where a resource type always holds an underscore
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w.])((?:module\\.[A-Za-z0-9_-]+\\.)*(?:data\\.[a-z][a-z0-9]*_[a-z0-9_]+\\.[A-Za-z_][A-Za-z0-9_-]*"
                    + "|[a-z][a-z0-9]*_[a-z0-9_]+\\.[A-Za-z_][A-Za-z0-9_-]*"
                    + "|var\\.[A-Za-z_][A-Za-z0-9_-]*|local\\.[A-Za-z_][A-Za-z0-9_-]*|module\\.[A-Za-z0-9_-]+))");

    private References() {
    }

    /** Every address named inside the {@code ${...}} parts of {@code expression}, in order of appearance. */
    public static Set<String> in(String expression) {
        Set<String> result = new LinkedHashSet<>();
        int start = expression.indexOf("${");
        while (start >= 0) {
            int end = expression.indexOf('}', start);
            String inner = end < 0 ? expression.substring(start + 2) : expression.substring(start + 2, end);
            Matcher matcher = ADDRESS.matcher(inner);
            while (matcher.find()) {
                result.add(matcher.group(1));
            }
            start = end < 0 ? -1 : expression.indexOf("${", end);
        }
        return result;
    }

    /**
     * Normalises a plan configuration reference ({@code aws_s3_bucket.b.id}, {@code aws_s3_bucket.b[0]}) to the
     * address it names, relative to its module.
     */
    public static String addressOf(String reference) {
        Matcher matcher = ADDRESS.matcher(reference.replaceAll("\\[[^]]*]", ""));
        return matcher.lookingAt() ? matcher.group(1) : reference;
    }
}
