package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.core.Severity;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.RuleContext;
import com.haevn.validate.rules.RuleInfo;
import com.haevn.validate.rules.RuleResult;
import com.haevn.validate.rules.model.Attr;
import com.haevn.validate.rules.model.Block;
import com.haevn.validate.rules.model.Resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * HVN-CF-006: no DNS-only record points at an origin. An origin is an address of a load balancer pool of the input,
 * an AWS load balancer name ({@code *.elb.amazonaws.com}), or a reference to one ({@code aws_lb}'s
 * {@code dns_name}, the front door's {@code load_balancer_dns_name} export).
 */
public final class DnsOnlyOriginRule implements GuardrailRule {

    public static final RuleInfo INFO = new RuleInfo("HVN-CF-006", Severity.ERROR,
            "No DNS-only Cloudflare record points at an origin",
            "A record with proxied = false publishes the origin's address: anyone can reach the ALB around "
                    + "Cloudflare's WAF and rate limits, and learn where to aim a flood.",
            "Set proxied = true on the cloudflare_record, or point it at the proxied load balancer's host name.");

    private static final List<String> ORIGIN_MARKERS = List.of(".elb.amazonaws.com", "load_balancer_dns_name",
            "aws_lb.", "aws_alb.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public RuleResult evaluate(RuleContext context) {
        List<Resource> records = context.index().resources("cloudflare_record");
        if (records.isEmpty()) {
            return RuleResult.notApplicable();
        }
        Set<String> poolOrigins = new HashSet<>();
        for (Resource pool : context.index().resources("cloudflare_load_balancer_pool")) {
            for (Block origin : pool.blocks("origins")) {
                content(origin.attr("address")).ifPresent(poolOrigins::add);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Resource record : records) {
            Attr proxied = record.attr("proxied");
            if (proxied.isUnknown() || proxied.isTrue()) {
                continue;
            }
            Attr value = record.attr("value").isSet() ? record.attr("value") : record.attr("content");
            Optional<String> target = content(value);
            if (target.isPresent() && (poolOrigins.contains(target.get()) || isOrigin(target.get()))) {
                findings.add(context.finding(INFO, record, value, record.address() + " is DNS-only and points at "
                        + "the origin " + value.display()));
            }
        }
        return RuleResult.of(findings);
    }

    private static Optional<String> content(Attr attr) {
        return attr.text().or(attr::expression).map(String::trim);
    }

    private static boolean isOrigin(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        return ORIGIN_MARKERS.stream().anyMatch(lower::contains)
                || lower.endsWith(".elb.amazonaws.com.") || lower.contains(".dns_name");
    }
}
