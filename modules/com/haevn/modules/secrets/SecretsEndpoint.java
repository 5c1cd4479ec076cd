package com.haevn.modules.secrets;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_endpoint.VpcEndpoint;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The interface endpoint of Secrets Manager in the private subnets, with private DNS: inside the VPC the regional
 * name {@code secretsmanager.<region>.amazonaws.com} resolves to it, so the rotation functions (which have no route
 * out) and the runtime's pods reach Secrets Manager without leaving the VPC. Its security group admits HTTPS from
 * the groups given to {@link #admit} only; its policy admits principals of this account only.
 */
final class SecretsEndpoint extends Construct {

    private final SecurityGroup securityGroup;
    private final VpcEndpoint endpoint;

    SecretsEndpoint(Construct scope, String id, ApplicationSecretsProps props) {
        super(scope, id);
        String name = props.resourcePrefix() + "-secretsmanager-endpoint";
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(name)
                .description("Secrets Manager endpoint of " + props.resourcePrefix() + ": HTTPS from its clients")
                .vpcId(props.vpcId())
                .tags(Map.of("Name", name))
                .build();
        endpoint = VpcEndpoint.Builder.create(this, "endpoint")
                .vpcId(props.vpcId())
                .serviceName("com.amazonaws." + props.region() + ".secretsmanager")
                .vpcEndpointType("Interface")
                .privateDnsEnabled(true)
                .subnetIds(props.privateSubnetIds())
                .securityGroupIds(List.of(securityGroup.getId()))
                .policy(PolicyJson.document(List.of(Map.of(
                        "Sid", "ThisAccountOnly",
                        "Effect", "Allow",
                        "Principal", "*",
                        "Action", "secretsmanager:*",
                        "Resource", "*",
                        "Condition", Map.of("StringEquals", Map.of("aws:PrincipalAccount", props.accountId()))))))
                .tags(Map.of("Name", name))
                .build();
    }

    /** Admits HTTPS from the members of {@code securityGroupId}. */
    VpcSecurityGroupIngressRule admit(String id, String securityGroupId, String who) {
        return VpcSecurityGroupIngressRule.Builder.create(this, "from-" + id)
                .securityGroupId(securityGroup.getId())
                .referencedSecurityGroupId(securityGroupId)
                .ipProtocol("tcp")
                .fromPort(443)
                .toPort(443)
                .description("HTTPS from " + who)
                .build();
    }

    SecurityGroup securityGroup() {
        return securityGroup;
    }

    VpcEndpoint endpoint() {
        return endpoint;
    }
}
