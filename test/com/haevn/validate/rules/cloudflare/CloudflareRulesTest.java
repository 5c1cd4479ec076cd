package com.haevn.validate.rules.cloudflare;

import com.haevn.validate.core.Finding;
import com.haevn.validate.rules.GuardrailRule;
import com.haevn.validate.rules.Inputs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CloudflareRulesTest {

    private static final List<GuardrailRule> RULES =
            List.of(new StrictSslRule(), new MinimumTlsVersionRule(), new ManagedWafRule(), new RateLimitingRule());

    private static List<Finding> findings(String json) {
        return RULES.stream().flatMap(r -> Inputs.findings(r, Inputs.terraform(json)).stream()).toList();
    }

    @Test
    void should_accept_a_zone_with_strict_tls_managed_waf_and_rate_limiting() {
        assertThat(findings("""
                {"resource": {
                  "cloudflare_zone": {"haevn": {"zone": "haevn.io"}},
                  "cloudflare_zone_settings_override": {"haevn": {"zone_id": "${cloudflare_zone.haevn.id}",
                     "settings": [{"ssl": "strict", "min_tls_version": "1.2"}]}},
                  "cloudflare_ruleset": {
                    "waf": {"zone_id": "${cloudflare_zone.haevn.id}", "kind": "zone", "name": "waf",
                      "phase": "http_request_firewall_managed",
                      "rules": [{"action": "execute", "expression": "true",
                                 "action_parameters": [{"id": "efb7b8c949ac4650a09736fc376e9aee"}]}]},
                    "rate": {"zone_id": "${cloudflare_zone.haevn.id}", "kind": "zone", "name": "rl",
                      "phase": "http_ratelimit",
                      "rules": [{"action": "block", "expression": "true", "ratelimit": [{"period": 60,
                        "requests_per_period": 100, "characteristics": ["ip.src", "cf.colo.id"],
                        "mitigation_timeout": 600}]}]}}}}
                """)).isEmpty();
    }

    @Test
    void should_report_each_missing_edge_guardrail_per_zone() {
        assertThat(findings("""
                {"resource": {
                  "cloudflare_zone": {"haevn": {"zone": "haevn.io"}},
                  "cloudflare_zone_settings_override": {"haevn": {"zone_id": "${cloudflare_zone.haevn.id}",
                     "settings": {"ssl": "full"}}},
                  "cloudflare_ruleset": {"cache": {"zone_id": "${var.staging_zone_id}", "kind": "zone",
                     "name": "cache", "phase": "http_request_cache_settings",
                     "rules": [{"action": "set_cache_settings", "expression": "true"}]}}}}
                """)).extracting(Finding::message).containsExactly(
                "cloudflare_zone_settings_override.haevn sets ssl \"full\" for zone cloudflare_zone.haevn",
                "no cloudflare_zone_settings_override manages ssl for zone ${var.staging_zone_id} (Cloudflare "
                        + "default: flexible or full, not strict)",
                "cloudflare_zone_settings_override.haevn does not set min_tls_version for zone "
                        + "cloudflare_zone.haevn (Cloudflare default: 1.0)",
                "no cloudflare_zone_settings_override manages min_tls_version for zone ${var.staging_zone_id} "
                        + "(Cloudflare default: 1.0)",
                "no cloudflare_ruleset in phase http_request_firewall_managed executes a managed ruleset for zone "
                        + "cloudflare_zone.haevn",
                "no cloudflare_ruleset in phase http_request_firewall_managed executes a managed ruleset for zone "
                        + "${var.staging_zone_id}",
                "no cloudflare_ruleset in phase http_ratelimit with a ratelimit rule for zone cloudflare_zone.haevn",
                "no cloudflare_ruleset in phase http_ratelimit with a ratelimit rule for zone ${var.staging_zone_id}");
    }

    @Test
    void should_not_judge_a_zone_that_the_input_only_adds_records_and_load_balancers_to() {
        assertThat(findings("""
                {"resource": {
                  "cloudflare_record": {"www": {"zone_id": "3f7c2a91d04b4e8fa65c19d2b7e0c843", "name": "www",
                     "type": "CNAME", "value": "haevn.io", "proxied": true}},
                  "cloudflare_load_balancer": {"lb": {"zone_id": "3f7c2a91d04b4e8fa65c19d2b7e0c843",
                     "name": "haevn.io", "proxied": true, "default_pool_ids": ["a"], "fallback_pool_id": "a"}}}}
                """)).isEmpty();
    }

    @Test
    void should_be_not_applicable_without_zones() {
        for (GuardrailRule rule : RULES) {
            assertThat(Inputs.run(rule, Inputs.terraform("{\"resource\": {\"aws_vpc\": {\"v\": {}}}}")).applicable())
                    .isFalse();
        }
    }
}
