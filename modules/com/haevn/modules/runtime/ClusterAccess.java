package com.haevn.modules.runtime;

import com.haevn.modules.validation.NewerProviderResource;
import com.haevn.modules.validation.Suppressions;
import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * Who may use the cluster's Kubernetes API: EKS access entries only (authentication mode {@code API}, no aws-auth
 * config map), the creating role keeps the cluster-admin access EKS bootstraps for it, and each configured role gets
 * an access entry with its access policy, cluster-wide.
 *
 * <p>The provider bindings (AWS provider 5.23.1) have neither the cluster's {@code access_config} nor the access
 * entry resources, which the pinned provider (5.100.0) has: they are written through escape hatches (an override and
 * plain {@link TerraformResource}s) and the project's validator, which knows the 5.23.1 schema, is told why.
 */
public class ClusterAccess extends Construct {

    /** Access entries only: the aws-auth config map is not read. */
    public static final String AUTHENTICATION_MODE = "API";

    public ClusterAccess(Construct scope, String id, EksCluster cluster, List<AccessRole> roles) {
        super(scope, id);
        cluster.addOverride("access_config", Map.of(
                "authentication_mode", AUTHENTICATION_MODE,
                "bootstrap_cluster_creator_admin_permissions", true));
        Suppressions.suppress(cluster, "HVN-TF-103", "access_config is " + NewerProviderResource.REASON);
        for (AccessRole role : roles) {
            TerraformResource entry = NewerProviderResource.create(this, "entry-" + role.name(), "aws_eks_access_entry");
            entry.addOverride("cluster_name", cluster.getName());
            entry.addOverride("principal_arn", role.roleArn());
            entry.addOverride("type", "STANDARD");
            TerraformResource association = NewerProviderResource.create(this, "policy-" + role.name(),
                    "aws_eks_access_policy_association");
            association.addOverride("cluster_name", cluster.getName());
            association.addOverride("principal_arn", entry.interpolationForAttribute("principal_arn"));
            association.addOverride("policy_arn", role.policy().arn());
            association.addOverride("access_scope", Map.of("type", "cluster"));
        }
    }

}
