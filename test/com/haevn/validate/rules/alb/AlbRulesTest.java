package com.haevn.validate.rules.alb;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlbRulesTest {

    private static final List<GuardrailRule> RULES = List.of(new HttpsListenersRule(), new TlsPolicyRule(),
            new DropInvalidHeadersRule(), new LoadBalancerDeletionProtectionRule());

    private static List<Finding> findings(String json) {
        return RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(json)).stream()).toList();
    }

    @Test
    void should_accept_an_https_alb_whose_http_listener_redirects() {
        assertThat(findings("""
                {"resource": {"aws_lb": {"front": {"load_balancer_type": "application",
                   "drop_invalid_header_fields": true, "enable_deletion_protection": true}},
                 "aws_lb_listener": {
                   "https": {"load_balancer_arn": "${aws_lb.front.arn}", "port": 443, "protocol": "HTTPS",
                     "ssl_policy": "ELBSecurityPolicy-TLS13-1-2-2021-06", "default_action": [{"type": "forward"}]},
                   "http": {"load_balancer_arn": "${aws_lb.front.arn}", "port": 80, "protocol": "HTTP",
                     "default_action": [{"type": "redirect", "redirect": [{"protocol": "HTTPS", "port": "443",
                       "status_code": "HTTP_301"}]}]}}}}
                """)).isEmpty();
    }

    @Test
    void should_report_plain_http_an_old_tls_policy_and_an_unprotected_alb() {
        assertThat(findings("""
                {"resource": {"aws_alb": {"front": {}},
                 "aws_alb_listener": {
                   "https": {"load_balancer_arn": "${aws_alb.front.arn}", "protocol": "HTTPS",
                     "default_action": {"type": "forward"}},
                   "http": {"load_balancer_arn": "${aws_alb.front.arn}", "port": 80,
                     "default_action": {"type": "forward"}}}}}
                """)).extracting(Finding::message).containsExactly(
                "aws_alb_listener.http serves protocol not set without redirecting to HTTPS",
                "aws_alb_listener.https has ssl_policy not set (default ELBSecurityPolicy-2016-08, TLS 1.0+), "
                        + "expected a TLS 1.2+ policy",
                "aws_alb.front has drop_invalid_header_fields not set, expected true",
                "aws_alb.front has enable_deletion_protection not set, expected true");
    }

    @Test
    void should_leave_network_load_balancers_alone() {
        assertThat(findings("""
                {"resource": {"aws_lb": {"nlb": {"load_balancer_type": "network"}},
                 "aws_lb_listener": {"tcp": {"load_balancer_arn": "${aws_lb.nlb.arn}", "protocol": "TCP",
                     "default_action": {"type": "forward"}},
                   "plain": {"load_balancer_arn": "${aws_lb.nlb.arn}", "default_action": {"type": "forward"}}}}}
                """)).isEmpty();
    }

    @Test
    void should_accept_tls12_policy_families_and_refuse_tls10_ones() {
        assertThat(TlsPolicyRule.TLS12_OR_NEWER.matcher("ELBSecurityPolicy-TLS13-1-3-2021-06").matches()).isTrue();
        assertThat(TlsPolicyRule.TLS12_OR_NEWER.matcher("ELBSecurityPolicy-FS-1-2-Res-2020-10").matches()).isTrue();
        assertThat(TlsPolicyRule.TLS12_OR_NEWER.matcher("ELBSecurityPolicy-TLS-1-2-Ext-2018-06").matches()).isTrue();
        assertThat(TlsPolicyRule.TLS12_OR_NEWER.matcher("ELBSecurityPolicy-TLS13-1-0-2021-06").matches()).isFalse();
        assertThat(TlsPolicyRule.TLS12_OR_NEWER.matcher("ELBSecurityPolicy-2016-08").matches()).isFalse();
    }
}
