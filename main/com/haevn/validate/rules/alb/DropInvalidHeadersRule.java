package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RequiredTrueRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ALB-003: Application load balancers drop invalid HTTP header fields */
public final class DropInvalidHeadersRule extends RequiredTrueRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ALB-003", Severity.ERROR,
            "Application load balancers drop invalid HTTP header fields",
            "Forwarding malformed headers to the services enables request smuggling and header-injection attacks against them.",
            "Set drop_invalid_header_fields = true.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return LoadBalancers.BALANCER_TYPES;
    }

    @Override
    protected String argument() {
        return "drop_invalid_header_fields";
    }

    @Override
    protected boolean appliesTo(Resource balancer) {
        return LoadBalancers.isApplication(balancer);
    }
}
