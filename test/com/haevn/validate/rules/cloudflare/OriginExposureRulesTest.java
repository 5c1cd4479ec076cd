package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HVN-CF-005 (proxied load balancers) and HVN-CF-006 (no DNS-only record at an origin), both ways. */
class OriginExposureRulesTest {

    private static List<Finding> findings(GuardrailRule rule, String json) {
        return Inputs.findings(rule, Inputs.terraform(json));
    }

    private static final String POOL = """
            "cloudflare_load_balancer_pool": {"use1": {"account_id": "a", "name": "prod-use1",
               "origins": [{"name": "prod-use1", "address":
                 "${data.terraform_remote_state.fd.outputs.load_balancer_dns_name}"}]}}""";

    @Test
    void should_accept_a_proxied_load_balancer() {
        assertThat(findings(new ProxiedLoadBalancerRule(), """
                {"resource": {%s, "cloudflare_load_balancer": {"lb": {"zone_id": "z", "name": "haevn.io",
                   "proxied": true, "default_pool_ids": ["${cloudflare_load_balancer_pool.use1.id}"]}}}}
                """.formatted(POOL))).isEmpty();
    }

    @Test
    void should_report_a_dns_only_or_unset_load_balancer() {
        assertThat(findings(new ProxiedLoadBalancerRule(), """
                {"resource": {"cloudflare_load_balancer": {
                   "off": {"zone_id": "z", "name": "a.haevn.io", "proxied": false},
                   "unset": {"zone_id": "z", "name": "b.haevn.io"}}}}
                """)).extracting(Finding::message).containsExactly(
                "cloudflare_load_balancer.off sets proxied false: its origins are exposed",
                "cloudflare_load_balancer.unset does not set proxied (Cloudflare default: false): its origins are "
                        + "exposed");
    }

    @Test
    void should_report_dns_only_records_pointing_at_a_pool_origin_or_an_alb() {
        assertThat(findings(new DnsOnlyOriginRule(), """
                {"resource": {%s, "cloudflare_record": {
                   "pool": {"zone_id": "z", "name": "origin", "type": "CNAME", "proxied": false,
                     "value": "${data.terraform_remote_state.fd.outputs.load_balancer_dns_name}"},
                   "alb": {"zone_id": "z", "name": "alb", "type": "CNAME",
                     "value": "haevn-prod-use1-123.us-east-1.elb.amazonaws.com"}}}}
                """.formatted(POOL))).extracting(Finding::message).containsExactly(
                "cloudflare_record.pool is DNS-only and points at the origin "
                        + "\"${data.terraform_remote_state.fd.outputs.load_balancer_dns_name}\"",
                "cloudflare_record.alb is DNS-only and points at the origin "
                        + "\"haevn-prod-use1-123.us-east-1.elb.amazonaws.com\"");
    }

    @Test
    void should_accept_proxied_origin_records_and_dns_only_records_elsewhere() {
        assertThat(findings(new DnsOnlyOriginRule(), """
                {"resource": {%s, "cloudflare_record": {
                   "proxied": {"zone_id": "z", "name": "www", "type": "CNAME", "proxied": true,
                     "value": "haevn-prod-use1-123.us-east-1.elb.amazonaws.com"},
                   "acm": {"zone_id": "z", "name": "_x.haevn.io", "type": "CNAME", "proxied": false,
                     "value": "_y.acm-validations.aws"}}}}
                """.formatted(POOL))).isEmpty();
    }
}
