package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.regex.Pattern;

/** HVN-ALB-002: HTTPS listeners negotiate TLS 1.2 or newer only. */
public final class TlsPolicyRule extends ResourceRule {

    /** ELB predefined policies whose minimum is TLS 1.2 (TLS13-1-2*, TLS13-1-3*, TLS-1-2*, FS-1-2*, FIPS variants). */
    static final Pattern TLS12_OR_NEWER = Pattern.compile("^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-.*");

    public static final RuleInfo INFO = new RuleInfo("HVN-ALB-002", Severity.ERROR,
            "HTTPS listeners use a TLS 1.2+ security policy",
            "The default ELB policy (ELBSecurityPolicy-2016-08) still accepts TLS 1.0 and 1.1, which are "
                    + "deprecated and fail compliance scans.",
            "Set ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\" (or another TLS13-1-2/TLS-1-2/FS-1-2 policy).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    protected List<String> types() {
        return LoadBalancers.LISTENER_TYPES;
    }

    @Override
    protected List<Finding> check(Resource listener, RuleContext context) {
        if (!LoadBalancers.albProtocol(listener, context.index()).filter("HTTPS"::equals).isPresent()) {
            return List.of();
        }
        Attr policy = listener.attr("ssl_policy");
        if (policy.isUnknown() || policy.text().filter(p -> TLS12_OR_NEWER.matcher(p).matches()).isPresent()) {
            return List.of();
        }
        String received = policy.isAbsent() ? "not set (default ELBSecurityPolicy-2016-08, TLS 1.0+)"
                : policy.display();
        return List.of(context.finding(INFO, listener, policy, listener.address() + " has ssl_policy " + received
                + ", expected a TLS 1.2+ policy"));
    }
}
