package com.haevn.layers.zone;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's one zone stack, with the values of the environment files. */
class ZoneLayerTest {

    private static final String STACK = "prod-global-edge";
    private static final String ZONE_ID = "3f7c2a91d04b4e8fa65c19d2b7e0c843";
    private static final String DEV = "(http.host in {\"dev.haevn.io\"} or http.host wildcard \"pr-*-dev.haevn.io\")";
    private static final String STAGING = "(http.host in {\"staging.haevn.io\"})";
    private static final String PROD = "(http.host in {\"haevn.io\" \"www.haevn.io\" \"api.haevn.io\"})";

    private static JsonNode only(String type) {
        List<JsonNode> all = new ArrayList<>();
        SynthesizedPlatform.resources(STACK, type).elements().forEachRemaining(all::add);
        assertThat(all).as(type).hasSize(1);
        return all.get(0);
    }

    private static JsonNode ruleset(String phase) {
        List<JsonNode> matching = new ArrayList<>();
        SynthesizedPlatform.resources(STACK, "cloudflare_ruleset").elements().forEachRemaining(r -> {
            if (r.path("phase").asText().equals(phase)) {
                matching.add(r);
            }
        });
        assertThat(matching).as("one entrypoint ruleset in " + phase).hasSize(1);
        assertThat(matching.get(0).path("zone_id").asText()).isEqualTo(ZONE_ID);
        assertThat(matching.get(0).path("kind").asText()).isEqualTo("zone");
        return matching.get(0);
    }

    private static List<String> texts(JsonNode rules, String field) {
        List<String> values = new ArrayList<>();
        rules.forEach(rule -> values.add(rule.path(field).asText()));
        return values;
    }

    @Test
    void should_be_one_stack_for_the_platform_kept_by_prod() {
        assertThat(SynthesizedPlatform.get().outputDirectory().resolve("stacks").toFile().list())
                .filteredOn(name -> name.endsWith("-edge")).containsExactly(STACK);
        assertThat(SynthesizedPlatform.stack(STACK).path("terraform").path("backend").path("s3").path("key").asText())
                .isEqualTo("prod-global-edge/terraform.tfstate");
    }

    @Test
    void should_set_strict_tls_always_https_and_hsts() {
        JsonNode settings = only("cloudflare_zone_settings_override");
        assertThat(settings.path("zone_id").asText()).isEqualTo(ZONE_ID);
        JsonNode values = settings.path("settings");
        assertThat(values.path("ssl").asText()).isEqualTo("strict");
        assertThat(values.path("min_tls_version").asText()).isEqualTo("1.2");
        assertThat(values.path("tls_1_3").asText()).isEqualTo("on");
        assertThat(values.path("always_use_https").asText()).isEqualTo("on");
        assertThat(values.path("automatic_https_rewrites").asText()).isEqualTo("on");
        JsonNode hsts = values.path("security_header");
        assertThat(hsts.path("enabled").asBoolean()).isTrue();
        assertThat(hsts.path("max_age").asInt()).isEqualTo(31_536_000);
        assertThat(hsts.path("include_subdomains").asBoolean()).isTrue();
    }

    @Test
    void should_execute_the_managed_ruleset_and_owasp_for_every_environment_and_the_rest_of_the_zone() {
        JsonNode rules = ruleset("http_request_firewall_managed").path("rules");
        String others = "not (" + DEV + " or " + PROD + " or " + STAGING + ")";
        assertThat(texts(rules, "expression")).containsExactly(DEV, DEV, PROD, PROD, STAGING, STAGING, others, others);
        for (int i = 0; i < rules.size(); i += 2) {
            assertThat(rules.get(i).path("action").asText()).isEqualTo("execute");
            assertThat(rules.get(i).path("action_parameters").get(0).path("id").asText())
                    .isEqualTo("efb7b8c949ac4650a09736fc376e9aee");
            JsonNode owasp = rules.get(i + 1).path("action_parameters").get(0);
            assertThat(owasp.path("id").asText()).isEqualTo("4814384a9e5d4991b9815dcfc25d2f1f");
            JsonNode anomaly = owasp.path("overrides").get(0).path("rules").get(0);
            assertThat(anomaly.path("id").asText()).isEqualTo("6179ae15870a4bb7b2d480d4843b323c");
            assertThat(anomaly.path("action").asText()).isEqualTo("block");
            assertThat(anomaly.path("score_threshold").asInt()).isEqualTo(40);
        }
    }

    @Test
    void should_rate_limit_login_and_api_strictest_within_the_business_plans_five_rules() {
        JsonNode rules = ruleset("http_ratelimit").path("rules");
        String paths = "starts_with(http.request.uri.path, \"/login\") or starts_with(http.request.uri.path, \"/api/\")";
        assertThat(texts(rules, "expression")).containsExactly(DEV + " and (" + paths + ")",
                PROD + " and (" + paths + ")", PROD + " and (true)", STAGING + " and (" + paths + ")",
                STAGING + " and (true)");
        Map<Integer, List<Integer>> expected = Map.of(0, List.of(100, 60, 600), 1, List.of(100, 60, 600), 2, List.of(1200, 60, 60),
                3, List.of(100, 60, 600), 4, List.of(1200, 60, 60));
        expected.forEach((index, values) -> {
            JsonNode limit = rules.get(index).path("ratelimit").get(0);
            assertThat(List.of(limit.path("requests_per_period").asInt(), limit.path("period").asInt(),
                    limit.path("mitigation_timeout").asInt())).as("rule " + index).isEqualTo(values);
            assertThat(rules.get(index).path("action").asText()).isEqualTo("block");
        });
        assertThat(rules.get(0).path("ratelimit").get(0).path("characteristics").toString())
                .isEqualTo("[\"cf.colo.id\",\"ip.src\"]");
    }

    @Test
    void should_hold_custom_rules_cache_rules_and_the_origin_header_of_each_environment() {
        JsonNode custom = ruleset("http_request_firewall_custom").path("rules");
        assertThat(texts(custom, "description")).containsExactly("dev: unexpected-methods",
                "prod: unexpected-methods", "staging: unexpected-methods");
        assertThat(custom.get(1).path("expression").asText()).startsWith(PROD + " and (not http.request.method in");

        JsonNode cache = ruleset("http_request_cache_settings").path("rules");
        assertThat(cache).hasSize(3);
        assertThat(cache.get(1).path("expression").asText()).isEqualTo(PROD + " and (starts_with(http.request.uri.path,"
                + " \"/static/\") or starts_with(http.request.uri.path, \"/assets/\"))");
        assertThat(cache.get(1).path("action_parameters").get(0).path("edge_ttl").get(0).path("default").asInt()).isEqualTo(86400);
        assertThat(cache.get(0).path("action_parameters").get(0).path("edge_ttl").get(0).path("default").asInt()).isEqualTo(3600);

        JsonNode transform = ruleset("http_request_late_transform").path("rules");
        assertThat(texts(transform, "expression")).containsExactly(DEV, PROD, STAGING);
        List<String> values = new ArrayList<>();
        transform.forEach(rule -> {
            JsonNode header = rule.path("action_parameters").get(0).path("headers").get(0);
            assertThat(header.path("name").asText()).isEqualTo("X-Haevn-Origin-Verify");
            assertThat(header.path("operation").asText()).isEqualTo("set");
            values.add(header.path("value").asText());
        });
        assertThat(values).containsExactly("${var.origin_header_secret_dev}", "${var.origin_header_secret_prod}",
                "${var.origin_header_secret_staging}");
        JsonNode variables = SynthesizedPlatform.stack(STACK).path("variable");
        for (String environment : List.of("dev", "staging", "prod")) {
            JsonNode variable = variables.path("origin_header_secret_" + environment);
            assertThat(variable.path("sensitive").asBoolean()).as(environment).isTrue();
            assertThat(variable.has("default")).as(environment).isFalse();
        }
    }

    @Test
    void should_create_one_dns_only_validation_record_per_name_of_every_certificate() {
        JsonNode record = only("cloudflare_record");
        assertThat(record.path("proxied").asBoolean(true)).isFalse();
        assertThat(record.path("zone_id").asText()).isEqualTo(ZONE_ID);
        String forEach = record.path("for_each").asText();
        for (String certificates : List.of("dev-use1", "prod-use1", "prod-usw2", "staging-use1", "staging-usw2")) {
            assertThat(forEach).contains("remote-state-" + certificates + "-certificates.outputs.validation_record_names",
                    "remote-state-" + certificates + "-certificates.outputs.validation_record_values");
        }
        assertThat(forEach).startsWith("${zipmap(concat(");
        JsonNode states = SynthesizedPlatform.stack(STACK).path("data").path("terraform_remote_state");
        assertThat(states.path("remote-state-dev-use1-certificates").path("config").path("role_arn").asText())
                .isEqualTo("arn:aws:iam::210987654321:role/haevn-dev-tfstate-reader");
        assertThat(states.path("remote-state-prod-use1-certificates").path("config").has("role_arn")).isFalse();
    }
}
