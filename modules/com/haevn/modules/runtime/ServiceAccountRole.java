package com.haevn.modules.runtime;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * An IAM role for one Kubernetes service account (IRSA): the cluster's OIDC provider may issue web identities for
 * it only when the token's {@code sub} is that service account and its {@code aud} is STS. Its permissions are AWS
 * managed policies and/or one inline policy.
 */
public class ServiceAccountRole extends Construct {

    /** The audience of projected service-account tokens that EKS's pod identity webhook requests. */
    public static final String AUDIENCE = "sts.amazonaws.com";

    private final IamRole role;

    /**
     * @param oidcProviderArn the cluster's IAM OIDC provider
     * @param oidcIssuer      the issuer without {@code https://}, as the condition keys name it
     * @param managedPolicies ARNs of AWS managed policies to attach
     * @param statements      the statements of the role's inline policy; none for no inline policy
     */
    public ServiceAccountRole(Construct scope, String id, String roleName, ServiceAccount account,
                              String oidcProviderArn, String oidcIssuer, List<String> managedPolicies,
                              List<Map<String, Object>> statements) {
        super(scope, id);
        role = IamRole.Builder.create(this, "role")
                .name(roleName)
                .description("IRSA role of " + account.subject())
                .assumeRolePolicy(trustPolicy(account, oidcProviderArn, oidcIssuer))
                .build();
        for (int i = 0; i < managedPolicies.size(); i++) {
            IamRolePolicyAttachment.Builder.create(this, "managed-" + i)
                    .role(role.getName())
                    .policyArn(managedPolicies.get(i))
                    .build();
        }
        if (!statements.isEmpty()) {
            IamRolePolicy.Builder.create(this, "policy")
                    .name(roleName)
                    .role(role.getId())
                    .policy(PolicyJson.document(statements))
                    .build();
        }
    }

    /** Trusts web identities of {@code account} only, issued by the cluster for STS. */
    static String trustPolicy(ServiceAccount account, String oidcProviderArn, String oidcIssuer) {
        return PolicyJson.document(List.of(Map.of(
                "Sid", "ServiceAccount",
                "Effect", "Allow",
                "Principal", Map.of("Federated", oidcProviderArn),
                "Action", "sts:AssumeRoleWithWebIdentity",
                "Condition", Map.of("StringEquals", Map.of(
                        oidcIssuer + ":sub", account.subject(),
                        oidcIssuer + ":aud", AUDIENCE)))));
    }

    public IamRole role() {
        return role;
    }

    public String arn() {
        return role.getArn();
    }
}
