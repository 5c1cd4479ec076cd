package com.haevn.validate.rules.alb;

import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.DocumentIndex;
import com.haevn.validate.rules.model.Link;
import com.haevn.validate.rules.model.Resource;

import java.util.List;
import java.util.Optional;

/** What the ALB rules share: which load balancers are application ones, which listeners serve HTTP(S). */
final class LoadBalancers {

    static final List<String> BALANCER_TYPES = List.of("aws_lb", "aws_alb");
    static final List<String> LISTENER_TYPES = List.of("aws_lb_listener", "aws_alb_listener");

    private LoadBalancers() {
    }

    /** Known application load balancer: load_balancer_type absent (the default) or "application". */
    static boolean isApplication(Resource balancer) {
        Attr type = balancer.attr("load_balancer_type");
        return type.isAbsent() || type.text().filter("application"::equals).isPresent();
    }

    /**
     * The listener's protocol as an ALB listener, or empty when it is not one (TCP/TLS/UDP protocols, a network
     * or gateway load balancer) or cannot be told. An absent protocol on an ALB means HTTP.
     */
    static Optional<String> albProtocol(Resource listener, DocumentIndex index) {
        Attr protocol = listener.attr("protocol");
        if (protocol.isUnknown()) {
            return Optional.empty();
        }
        for (Resource balancer : index.resources(BALANCER_TYPES.toArray(String[]::new))) {
            if (index.link(listener, "load_balancer_arn", balancer) == Link.YES && !isApplication(balancer)) {
                return Optional.empty();
            }
        }
        String value = protocol.text().orElse("HTTP").toUpperCase();
        return value.equals("HTTP") || value.equals("HTTPS") ? Optional.of(value) : Optional.empty();
    }
}
