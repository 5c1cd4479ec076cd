package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ALB-003: Application load balancers drop invalid HTTP header fields */
public final class DropInvalidHeadersRule extends ResourceRule {

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
    protected List<Finding> check(Resource balancer, RuleContext context) {
        Attr value = balancer.attr("drop_invalid_header_fields");
        if (!LoadBalancers.isApplication(balancer) || value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, balancer, value,
                balancer.address() + " has drop_invalid_header_fields " + value.display() + ", expected true"));
    }
}
