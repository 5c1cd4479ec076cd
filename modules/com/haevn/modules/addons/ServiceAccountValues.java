package com.haevn.modules.addons;

import java.util.Map;

/**
 * The service account a chart creates for its workload, annotated with its IRSA role: the pods get short-lived
 * credentials of that role and of no other (the charts share this shape of values).
 *
 * @param create      whether the chart creates it (always: the role trusts exactly this account)
 * @param name        its name, as the role's trust policy names it
 * @param annotations {@value #ROLE_ANNOTATION} and the role's ARN
 */
public record ServiceAccountValues(boolean create, String name, Map<String, String> annotations) {

    /** The annotation EKS's pod identity webhook reads. */
    public static final String ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";

    public static ServiceAccountValues withRole(String name, String roleArn) {
        return new ServiceAccountValues(true, name, Map.of(ROLE_ANNOTATION, roleArn));
    }

}
