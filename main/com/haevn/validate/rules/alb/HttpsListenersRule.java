package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.ResourceRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Optional;

/** HVN-ALB-001: ALB listeners serve HTTPS; an HTTP listener only redirects to HTTPS. */
public final class HttpsListenersRule extends ResourceRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-ALB-001", Severity.ERROR,
            "ALB listeners use HTTPS; HTTP listeners only redirect to HTTPS",
            "Traffic from Cloudflare to the regional ALBs crosses the internet; plain HTTP exposes sessions and "
                    + "lets anyone on the path alter responses.",
            "Use protocol = \"HTTPS\" with a certificate_arn, or make the HTTP listener's default_action "
                    + "{ type = \"redirect\" redirect { protocol = \"HTTPS\", port = \"443\", "
                    + "status_code = \"HTTP_301\" } }.");

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
        Optional<String> protocol = LoadBalancers.albProtocol(listener, context.index());
        if (protocol.isEmpty() || protocol.get().equals("HTTPS") || listener.attr("default_action").isUnknown()) {
            return List.of();
        }
        for (Block action : listener.blocks("default_action")) {
            if (action.attr("type").isUnknown()) {
                return List.of();
            }
            boolean redirect = action.attr("type").text().filter("redirect"::equals).isPresent();
            boolean toHttps = action.attr("redirect.protocol").isUnknown()
                    || action.attr("redirect.protocol").text().filter("HTTPS"::equalsIgnoreCase).isPresent();
            if (redirect && toHttps) {
                return List.of();
            }
        }
        return List.of(context.finding(INFO, listener, listener.attr("protocol"), listener.address()
                + " serves protocol " + listener.attr("protocol").display()
                + " without redirecting to HTTPS"));
    }
}
