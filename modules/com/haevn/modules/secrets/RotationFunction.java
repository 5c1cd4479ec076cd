package com.haevn.modules.secrets;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.AssetType;
import com.hashicorp.cdktf.TerraformAsset;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_group.CloudwatchLogGroup;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunction;
import com.hashicorp.cdktf.providers.aws.lambda_function.LambdaFunctionVpcConfig;
import com.hashicorp.cdktf.providers.aws.lambda_permission.LambdaPermission;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The function that rotates the generated secrets ({@code functions/secret-rotation/rotate.py}), packaged by
 * {@link FunctionPackage} into a zip whose bytes depend on the source files' content only, and shipped as a cdktf
 * file asset. It runs in the private subnets with a security group that sends only HTTPS to the Secrets Manager
 * endpoint's group, logs to a log group encrypted with the secrets' key, and its role may do no more than rotate
 * exactly these secrets: read, write and re-stage their versions, ask Secrets Manager for a random password, use the
 * secrets' keys, write its log stream, and manage the network interfaces Lambda attaches in the VPC.
 */
final class RotationFunction extends Construct {

    static final String RUNTIME = "python3.12";
    static final String HANDLER = "rotate.handler";
    static final int TIMEOUT_SECONDS = 30;

    private final SecurityGroup securityGroup;
    private final LambdaFunction function;

    /**
     * @param secretArns the ARNs of the secrets it rotates
     * @param keyArns    the secrets' key and their replicas' keys
     * @param logKeyArn  the key of its log group
     */
    RotationFunction(Construct scope, String id, ApplicationSecretsProps props, List<String> secretArns,
                     List<String> keyArns, String logKeyArn, String endpointSecurityGroupId) {
        super(scope, id);
        String name = props.rotationFunctionName();
        securityGroup = SecurityGroup.Builder.create(this, "security-group")
                .name(name)
                .description("Rotation function " + name + ": HTTPS to the Secrets Manager endpoint only")
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

        CloudwatchLogGroup logGroup = CloudwatchLogGroup.Builder.create(this, "logs")
                .name(props.rotationLogGroupName())
                .retentionInDays(props.logRetentionDays())
                .kmsKeyId(logKeyArn)
                .build();
        IamRole role = IamRole.Builder.create(this, "role")
                .name(name)
                .description("Runs " + name + ", which rotates the generated secrets of " + props.secretNamePrefix())
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "lambda.amazonaws.com"),
                        "Action", "sts:AssumeRole",
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", props.accountId()))))))
                .build();
        IamRolePolicy policy = IamRolePolicy.Builder.create(this, "policy")
                .name("rotate-generated-secrets")
                .role(role.getId())
                .policy(PolicyJson.document(List.of(
                        Map.of("Sid", "RotateTheseSecrets",
                                "Effect", "Allow",
                                "Action", List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
                                        "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage"),
                                "Resource", secretArns),
                        // GetRandomPassword acts on no resource: IAM accepts only "*" for it
                        Map.of("Sid", "GenerateValues",
                                "Effect", "Allow",
                                "Action", List.of("secretsmanager:GetRandomPassword"),
                                "Resource", "*"),
                        Map.of("Sid", "UseTheSecretsKeys",
                                "Effect", "Allow",
                                "Action", List.of("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"),
                                "Resource", keyArns),
                        Map.of("Sid", "WriteItsLogs",
                                "Effect", "Allow",
                                "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                                "Resource", List.of(logGroup.getArn() + ":*")),
                        // Lambda attaches the function to the VPC as this role; EC2's Describe calls and the
                        // interfaces Lambda names itself cannot be listed in advance
                        Map.of("Sid", "AttachToTheVpc",
                                "Effect", "Allow",
                                "Action", List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
                                        "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
                                        "ec2:UnassignPrivateIpAddresses"),
                                "Resource", "*"))))
                .build();

        FunctionPackage code = FunctionPackage.of(props.functionSource());
        Path zip = code.writeTo(props.packageDirectory(), name);
        TerraformAsset asset = TerraformAsset.Builder.create(this, "package")
                .path(zip.toAbsolutePath().toString())
                .type(AssetType.FILE)
                .assetHash(code.hexSha256())
                .build();
        function = LambdaFunction.Builder.create(this, "function")
                .functionName(name)
                .description("Rotates the generated secrets of " + props.secretNamePrefix())
                .runtime(RUNTIME)
                .handler(HANDLER)
                .filename(asset.getPath())
                .sourceCodeHash(code.base64Sha256())
                .role(role.getArn())
                .timeout(TIMEOUT_SECONDS)
                .memorySize(128)
                .vpcConfig(LambdaFunctionVpcConfig.builder()
                        .subnetIds(props.privateSubnetIds())
                        .securityGroupIds(List.of(securityGroup.getId()))
                        .build())
                .dependsOn(List.of(logGroup, policy))
                .build();
    }

    /** Lets Secrets Manager invoke the function for this secret alone. */
    LambdaPermission allowRotationOf(String id, String secretArn, String accountId) {
        return LambdaPermission.Builder.create(this, "invoke-" + id)
                .statementId("SecretsManagerRotates-" + id.replace('/', '-'))
                .action("lambda:InvokeFunction")
                .functionName(function.getFunctionName())
                .principal("secretsmanager.amazonaws.com")
                .sourceArn(secretArn)
                .sourceAccount(accountId)
                .build();
    }

    SecurityGroup securityGroup() {
        return securityGroup;
    }

    LambdaFunction function() {
        return function;
    }
}
