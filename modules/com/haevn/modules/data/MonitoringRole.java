package com.haevn.modules.data;

import com.haevn.modules.iam.PolicyJson;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/** The role RDS enhanced monitoring assumes to publish OS metrics to CloudWatch Logs, and nothing else. */
public class MonitoringRole extends Construct {

    /** AWS's managed policy for exactly this (CloudWatch Logs in the {@code RDSOSMetrics} group). */
    public static final String POLICY_ARN = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole";

    private final IamRole role;

    public MonitoringRole(Construct scope, String id, DatabaseProps props) {
        super(scope, id);
        role = IamRole.Builder.create(this, "role")
                .name(props.name() + "-rds-monitoring")
                .description("RDS enhanced monitoring of " + props.name())
                .assumeRolePolicy(PolicyJson.document(List.of(Map.of(
                        "Effect", "Allow",
                        "Principal", Map.of("Service", "monitoring.rds.amazonaws.com"),
                        "Action", "sts:AssumeRole",
                        "Condition", Map.of("StringEquals", Map.of("aws:SourceAccount", props.accountId()))))))
                .build();
        IamRolePolicyAttachment.Builder.create(this, "policy")
                .role(role.getName())
                .policyArn(POLICY_ARN)
                .build();
    }

    public IamRole role() {
        return role;
    }
}
