package com.haevn.modules.secrets;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.serverlessapplicationrepository_cloudformation_stack.ServerlessapplicationrepositoryCloudformationStack;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * AWS's PostgreSQL single-user rotation function, deployed from the Serverless Application Repository
 * ({@value #APPLICATION_ID}, at a pinned version) as a CloudFormation stack: it logs in as the secret's user,
 * changes the password and tests the new one. It runs in the private subnets with its own security group (HTTPS to
 * the Secrets Manager endpoint, PostgreSQL's port inside the VPC; the database's own group decides whom it admits)
 * and may use the secrets' key. AWS maintains the code and its PostgreSQL driver; the application's template gives
 * the function a role limited to the secrets whose rotation names it.
 */
final class DatabaseUserRotation extends Construct {

    static final String APPLICATION_ID =
            "arn:aws:serverlessrepo:us-east-1:297356227824:applications/SecretsManagerRDSPostgreSQLRotationSingleUser";
    /** The template creates an IAM role and the function's resource policy. */
    static final List<String> CAPABILITIES = List.of("CAPABILITY_IAM", "CAPABILITY_RESOURCE_POLICY");
    /** The template's output naming the function. */
    static final String FUNCTION_OUTPUT = "RotationLambdaARN";

    private final SecurityGroup securityGroup;
    private final ServerlessapplicationrepositoryCloudformationStack application;

    DatabaseUserRotation(Construct scope, String id, ApplicationSecretsProps props, String keyArn,
                         String endpointSecurityGroupId) {
        super(scope, id);
        String name = props.databaseRotationFunctionName();
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(name)
                .description("Database rotation " + name + ": HTTPS to Secrets Manager, PostgreSQL in the VPC")
                .vpcId(props.vpcId())
                .tags(Map.of("Name", name))
                .build();
        VpcSecurityGroupEgressRule.Builder.create(this, "to-endpoint")
                .securityGroupId(securityGroup.getId())
                .referencedSecurityGroupId(endpointSecurityGroupId)
                .ipProtocol("tcp")
                .fromPort(443)
                .toPort(443)
                .description("HTTPS to the Secrets Manager endpoint")
                .build();
        VpcSecurityGroupEgressRule.Builder.create(this, "to-databases")
                .securityGroupId(securityGroup.getId())
                .cidrIpv4(props.vpcCidr())
                .ipProtocol("tcp")
                .fromPort(props.databasePort())
                .toPort(props.databasePort())
                .description("PostgreSQL inside the VPC")
                .build();
        application = ServerlessapplicationrepositoryCloudformationStack.Builder.create(this, "application")
                .name(name)
                .applicationId(APPLICATION_ID)
                .semanticVersion(props.databaseRotationVersion())
                .capabilities(CAPABILITIES)
                .parameters(Map.of(
                        "endpoint", "https://secretsmanager." + props.region() + ".amazonaws.com",
                        "functionName", name,
                        "vpcSubnetIds", Fn.join(",", props.privateSubnetIds()),
                        "vpcSecurityGroupIds", securityGroup.getId(),
                        "kmsKeyArn", keyArn))
                .build();
    }

    /** The rotation function's ARN, once the application's stack exists. */
    String functionArn() {
        return application.getOutputs().lookup(FUNCTION_OUTPUT);
    }

    SecurityGroup securityGroup() {
        return securityGroup;
    }
}
