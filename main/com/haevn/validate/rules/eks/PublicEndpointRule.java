package com.haevn.validate.rules.eks;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;

/** HVN-EKS-003: the API endpoint is private, or public only to named CIDRs. */
public final class PublicEndpointRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-EKS-003", Severity.ERROR,
            "EKS API endpoints are private or restricted to known CIDRs",
            "The EKS API endpoint is public to 0.0.0.0/0 by default: the cluster's front door is then one leaked "
                    + "kubeconfig or API bug away from anyone on the internet.",
            "Set vpc_config { endpoint_private_access = true, endpoint_public_access = false } or, while CI "
                    + "needs it, public_access_cidrs = [the CI runners' and VPN's CIDRs].");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return List.of("aws_eks_cluster");
    }

    @Override
    protected List<Finding> check(Resource cluster, RuleContext context) {
        Attr publicAccess = cluster.attr("vpc_config.endpoint_public_access");
        if (publicAccess.isUnknown() || cluster.attr("vpc_config").isUnknown()
                || publicAccess.bool().filter(b -> !b).isPresent()) {
            return List.of();
        }
        Attr cidrs = cluster.attr("vpc_config.public_access_cidrs");
        if (cidrs.isUnknown()) {
            return List.of();
        }
        boolean open = cidrs.isAbsent() || (cidrs.isKnown() && cidrs.node().toString().contains("0.0.0.0/0"));
        if (!open) {
            return List.of();
        }
        return List.of(context.finding(INFO, cluster, cidrs.isSet() ? cidrs : publicAccess, cluster.address()
                + " has endpoint_public_access " + (publicAccess.isAbsent() ? "not set (default true)"
                : publicAccess.display()) + " and public_access_cidrs "
                + (cidrs.isAbsent() ? "not set (default 0.0.0.0/0)" : cidrs.display())));
    }
}
