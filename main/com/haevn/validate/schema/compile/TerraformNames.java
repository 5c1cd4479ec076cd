package com.haevn.validate.schema.compile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recovers Terraform names from what cdktf writes into the jsii docs, or from camelCase as a fallback. */
public final class TerraformNames {

    /** "{@link https://.../docs/resources/s3_bucket aws_s3_bucket}" and ".../docs/data-sources/ami aws_ami". */
    private static final Pattern TYPE_LINK =
            Pattern.compile("\\{@link \\S+/docs/(resources|data-sources)/\\S+ ([A-Za-z0-9_]+)}");
    /** "{@link https://.../providers/hashicorp/aws/5.23.1/docs aws}". */
    private static final Pattern PROVIDER_LINK = Pattern.compile("\\{@link \\S+/docs ([A-Za-z0-9_]+)}");
    /** The anchor of an argument's docs: "...#bucket_prefix S3Bucket#bucket_prefix}". */
    private static final Pattern ANCHOR = Pattern.compile("#([A-Za-z0-9_]+)[ }]");

    private TerraformNames() {
    }

    /** The Terraform type of a resource or data source class, from its docs link. */
    public static Optional<String> typeName(String summary) {
        Matcher m = TYPE_LINK.matcher(summary);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    public static boolean isDataSourceLink(String summary) {
        Matcher m = TYPE_LINK.matcher(summary);
        return m.find() && m.group(1).equals("data-sources");
    }

    public static Optional<String> providerName(String summary) {
        Matcher m = PROVIDER_LINK.matcher(summary);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** An argument's Terraform name: the docs anchor, or its camelCase name converted. */
    public static String argumentName(String camelCase, String docs) {
        Matcher m = ANCHOR.matcher(docs);
        return m.find() ? m.group(1) : snakeCase(camelCase);
    }

    /** {@code bucketDomainName} to {@code bucket_domain_name}; digits stay attached ({@code ipv6CidrBlock}). */
    public static String snakeCase(String camelCase) {
        StringBuilder out = new StringBuilder(camelCase.length() + 8);
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
