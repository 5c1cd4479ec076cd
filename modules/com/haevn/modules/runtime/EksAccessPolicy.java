package com.haevn.modules.runtime;

/** The EKS access policies an access entry can be associated with, cluster-wide. */
public enum EksAccessPolicy {
    /** Everything, like the {@code cluster-admin} cluster role. */
    CLUSTER_ADMIN("AmazonEKSClusterAdminPolicy"),
    /** Most resources, without changing quotas or the namespaces themselves. */
    ADMIN("AmazonEKSAdminPolicy"),
    /** Create and change most workload resources, read secrets. */
    EDIT("AmazonEKSEditPolicy"),
    /** Read most resources, not secrets. */
    VIEW("AmazonEKSViewPolicy");

    private final String policyName;

    EksAccessPolicy(String policyName) {
        this.policyName = policyName;
    }

    /** The policy's name, e.g. {@code AmazonEKSViewPolicy}. */
    public String policyName() {
        return policyName;
    }

    /** The policy's ARN, e.g. {@code arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy}. */
    public String arn() {
        return "arn:aws:eks::aws:cluster-access-policy/" + policyName;
    }
}
