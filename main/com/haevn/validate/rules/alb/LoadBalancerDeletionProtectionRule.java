package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ALB-004: Application load balancers have deletion protection */
public final class LoadBalancerDeletionProtectionRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ALB-004", Severity.ERROR,
            "Application load balancers have deletion protection",
            "The ALB is each region's front door and its DNS name is wired into Cloudflare; deleting it by accident is a regional outage.",
            "Set enable_deletion_protection = true.");

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
        Attr value = balancer.attr("enable_deletion_protection");
        if (!LoadBalancers.isApplication(balancer) || value.isUnknown() || value.isTrue()) {
            return List.of();
        }
        return List.of(context.finding(INFO, balancer, value,
                balancer.address() + " has enable_deletion_protection " + value.display() + ", expected true"));
    }
}
