package com.haevn.validate.rules.vpc;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.CompanionRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

/** HVN-VPC-001: every VPC has a flow log. */
public final class FlowLogsRule extends CompanionRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-VPC-001", Severity.ERROR,
            "VPCs have flow logs",
            "Flow logs are the only record of which addresses talked to what; without them a breach or a "
                    + "misrouted dependency cannot be investigated.",
            "Add an aws_flow_log with vpc_id referring to the VPC, traffic_type = \"ALL\", to CloudWatch Logs or S3.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected String targetType() {
        return "aws_vpc";
    }

    @Override
    protected String companionType() {
        return "aws_flow_log";
    }

    @Override
    protected String path() {
        return "vpc_id";
    }

    @Override
    protected String missingMessage(Resource target) {
        return target.address() + " has no aws_flow_log whose vpc_id refers to it";
    }
}
