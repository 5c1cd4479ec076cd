package com.haevn.validate.rules.vpc;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-VPC-001: every VPC has a flow log. */
public final class FlowLogsRule extends ResourceRule {

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
    protected List<String> types() {
        return List.of("aws_vpc");
    }

    @Override
    protected List<Finding> check(Resource vpc, RuleContext context) {
        if (!context.index().companions(vpc, "aws_flow_log", "vpc_id").certainlyNone()) {
            return List.of();
        }
        return List.of(context.finding(INFO, vpc, vpc.address() + " has no aws_flow_log whose vpc_id refers to it"));
    }
}
