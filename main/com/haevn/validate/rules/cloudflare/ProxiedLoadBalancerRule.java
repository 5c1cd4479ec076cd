package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.List;

/** HVN-CF-005: origins are reached only through proxied load balancers. */
public final class ProxiedLoadBalancerRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-005", Severity.ERROR,
            "Cloudflare load balancers are proxied (origins only behind the proxy)",
            "A DNS-only load balancer answers with its pools' origin addresses: clients then bypass the WAF, the "
                    + "rate limits and the origin-header transform, and the ALBs' addresses become public.",
            "Set proxied = true on the cloudflare_load_balancer.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> balancers = context.index().resources("cloudflare_load_balancer");
        if (balancers.isEmpty()) {
            return RuleResult.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource balancer : balancers) {
            Attr proxied = balancer.attr("proxied");
            if (proxied.isUnknown() || proxied.isTrue()) {
                continue;
            }
            findings.add(proxied.isSet()
                    ? context.finding(INFO, balancer, proxied, balancer.address() + " sets proxied "
                            + proxied.display() + ": its origins are exposed")
                    : context.finding(INFO, balancer, balancer.address() + " does not set proxied (Cloudflare "
                            + "default: false): its origins are exposed"));
        }
        return RuleResult.of(findings);
    }
}
