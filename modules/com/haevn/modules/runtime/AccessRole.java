package com.haevn.modules.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IAM role that gets into the cluster through an EKS access entry.
 *
 * @param name    what it is, for the construct ids, e.g. {@code platform-admins}
 * @param roleArn the role's ARN, {@code arn:aws:iam::ACCOUNT:role/NAME}
 * @param policy  the access policy associated with it, cluster-wide
 */
public record AccessRole(String name, String roleArn, EksAccessPolicy policy) {

    /** An IAM role ARN, with an optional path. */
    public static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

    public AccessRole {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
        if (roleArn == null || !ROLE_ARN.matcher(roleArn).matches()) {
            throw new IllegalArgumentException("an access role needs an IAM role ARN such as "
                    + "arn:aws:iam::123456789012:role/platform-admins, got " + roleArn);
        }
    }
}
