package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.RequiredTrueRule;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-ALB-004: Application load balancers have deletion protection */
public final class LoadBalancerDeletionProtectionRule extends RequiredTrueRule {

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
    protected String argument() {
        return "enable_deletion_protection";
    }

    @Override
    protected boolean appliesTo(Resource balancer) {
        return LoadBalancers.isApplication(balancer);
    }
}
