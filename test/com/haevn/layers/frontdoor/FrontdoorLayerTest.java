package com.haevn.layers.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.environment.Environments;
import com.haevn.testing.EnvironmentFixtures;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The frontdoor stacks of the platform: every environment and region, with the values of its environment file. */
class FrontdoorLayerTest {

    /** Cloudflare's published IPv4 ranges, as of 2026-12-01. */
    private static final List<String> CLOUDFLARE_IPV4 = List.of("173.245.48.0/20", "103.21.244.0/22",
            "103.22.200.0/22", "103.31.4.0/22", "141.101.64.0/18", "108.162.192.0/18", "190.93.240.0/20",
            "188.114.96.0/20", "197.234.240.0/22", "198.41.128.0/17", "162.158.0.0/15", "104.16.0.0/13",
            "104.24.0.0/14", "172.64.0.0/13", "131.0.72.0/22");
    /** Cloudflare's published IPv6 ranges, as of 2026-12-01. */
    private static final List<String> CLOUDFLARE_IPV6 = List.of("2400:cb00::/32", "2606:4700::/32", "2803:f800::/32",
            "2405:b500::/32", "2405:8100::/32", "2a06:98c0::/29", "2c0f:f248::/32");
    /** Every frontdoor stack and its environment. */
    private static final Map<String, String> STACKS = Map.of(
            "dev-use1-frontdoor", "dev",
            "staging-use1-frontdoor", "staging",
            "staging-usw2-frontdoor", "staging",
            "prod-use1-frontdoor", "prod",
            "prod-usw2-frontdoor", "prod");

    private static final Environments ENVIRONMENTS = EnvironmentFixtures.load(EnvironmentFixtures.REAL_ENVIRONMENTS);

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> list = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(list::add);
        return list;
    }

    private static JsonNode one(String stack, String type) {
        List<JsonNode> resources = all(stack, type);
        assertThat(resources).as(stack + " " + type).hasSize(1);
        return resources.get(0);
    }

    @Test
    void should_admit_exactly_cloudflares_published_ranges_and_open_the_nodes_only_to_the_alb() {
        for (String environment : List.of("dev", "staging", "prod")) {
            FrontdoorSettings settings = ENVIRONMENTS.get(environment).settings(FrontdoorLayer.SETTINGS);
            assertThat(settings.originIpv4Ranges()).as(environment).containsExactlyElementsOf(CLOUDFLARE_IPV4);
            assertThat(settings.originIpv6Ranges()).as(environment).containsExactlyElementsOf(CLOUDFLARE_IPV6);
        }
        STACKS.keySet().forEach(stack -> {
            String nodes = "${data.terraform_remote_state.remote-state-" + stack.replace("-frontdoor", "")
                    + "-runtime.outputs.node_security_group_id}";
            List<JsonNode> toNodes = all(stack, "aws_vpc_security_group_ingress_rule").stream()
                    .filter(r -> r.path("security_group_id").asText().equals(nodes)).toList();
            assertThat(toNodes).as(stack).singleElement().satisfies(r -> {
                assertThat(r.path("referenced_security_group_id").asText()).startsWith("${aws_security_group.frontdoor_");
                assertThat(r.path("from_port").asInt()).isEqualTo(8080);
                assertThat(r.path("to_port").asInt()).isEqualTo(8080);
            });
            JsonNode egress = one(stack, "aws_vpc_security_group_egress_rule");
            assertThat(egress.path("referenced_security_group_id").asText()).as(stack).isEqualTo(nodes);
            assertThat(egress.path("from_port").asInt()).as(stack).isEqualTo(8080);

            List<JsonNode> ingress = all(stack, "aws_vpc_security_group_ingress_rule").stream()
                    .filter(r -> !r.path("security_group_id").asText().equals(nodes)).toList();
            assertThat(ingress).as(stack).hasSize(2 * (CLOUDFLARE_IPV4.size() + CLOUDFLARE_IPV6.size()));
            assertThat(ingress.stream().filter(r -> r.has("cidr_ipv4")).map(r -> r.path("cidr_ipv4").asText()).distinct())
                    .as(stack).containsExactlyInAnyOrderElementsOf(CLOUDFLARE_IPV4);
            assertThat(ingress.stream().filter(r -> r.has("cidr_ipv6")).map(r -> r.path("cidr_ipv6").asText()).distinct())
                    .as(stack).containsExactlyInAnyOrderElementsOf(CLOUDFLARE_IPV6);
            assertThat(ingress).as(stack).allSatisfy(r -> {
                assertThat(r.path("from_port").asInt()).isIn(443, 80);
                assertThat(r.path("to_port").asInt()).isEqualTo(r.path("from_port").asInt());
                assertThat(r.path("security_group_id").asText()).startsWith("${aws_security_group.frontdoor_");
            });
        });
    }

    @Test
    void should_stand_the_alb_in_the_regions_public_subnets_and_wait_for_the_regions_certificate() {
        STACKS.forEach((stack, environment) -> {
            String region = stack.replace("-frontdoor", "");
            JsonNode balancer = one(stack, "aws_lb");
            assertThat(balancer.path("name").asText()).as(stack).isEqualTo(region);
            assertThat(balancer.path("subnets").asText()).as(stack).isEqualTo(
                    "${data.terraform_remote_state.remote-state-" + region + "-network.outputs.public_subnet_ids}");
            assertThat(balancer.path("drop_invalid_header_fields").asBoolean()).as(stack).isTrue();
            assertThat(balancer.path("enable_deletion_protection").asBoolean()).as(stack).isTrue();
            assertThat(balancer.path("desync_mitigation_mode").asText()).as(stack).isEqualTo("defensive");
            assertThat(one(stack, "aws_acm_certificate_validation").path("certificate_arn").asText()).as(stack)
                    .isEqualTo("${data.terraform_remote_state.remote-state-" + region
                            + "-certificates.outputs.certificate_arn}");
            JsonNode https = all(stack, "aws_lb_listener").stream().filter(l -> l.path("port").asInt() == 443)
                    .findFirst().orElseThrow();
            assertThat(https.path("ssl_policy").asText()).as(stack).isEqualTo("ELBSecurityPolicy-TLS13-1-2-Res-2021-06");
            assertThat(https.path("default_action").get(0).path("fixed_response").path("status_code").asText())
                    .as(stack).isEqualTo("403");
        });
    }

    @Test
    void should_forward_only_with_the_origin_header_from_the_sensitive_variable_with_the_configured_weights() {
        STACKS.forEach((stack, environment) -> {
            FrontdoorSettings settings = ENVIRONMENTS.get(environment).settings(FrontdoorLayer.SETTINGS);
            JsonNode rule = one(stack, "aws_lb_listener_rule");
            JsonNode header = rule.path("condition").get(0).path("http_header");
            assertThat(header.path("http_header_name").asText()).as(stack).isEqualTo("X-Haevn-Origin-Verify");
            assertThat(header.path("values")).as(stack).extracting(JsonNode::asText)
                    .containsExactly("${var.origin_header_secret}");
            assertThat(rule.path("action").get(0).path("forward").path("target_group"))
                    .as(stack).extracting(t -> t.path("weight").asInt())
                    .containsExactly(settings.initialWeights().blue(), settings.initialWeights().green());
            assertThat(settings.initialWeights().blue()).isEqualTo(100);
            assertThat(rule.path("lifecycle").path("ignore_changes")).as(stack).extracting(JsonNode::asText)
                    .containsExactly("action[0].forward[0].target_group");

            JsonNode variable = SynthesizedPlatform.stack(stack).path("variable").path("origin_header_secret");
            assertThat(variable.path("sensitive").asBoolean()).as(stack).isTrue();
            assertThat(variable.path("type").asText()).as(stack).isEqualTo("string");
            assertThat(variable.has("default")).as(stack + ": the value comes from CI, never from code").isFalse();
        });
    }

    @Test
    void should_alarm_per_colour_to_the_regions_alerts_topic_with_the_configured_thresholds() {
        STACKS.forEach((stack, environment) -> {
            FrontdoorSettings settings = ENVIRONMENTS.get(environment).settings(FrontdoorLayer.SETTINGS);
            String region = stack.replace("-frontdoor", "");
            List<JsonNode> alarms = all(stack, "aws_cloudwatch_metric_alarm");
            assertThat(alarms).as(stack).extracting(a -> a.path("alarm_name").asText()).containsExactlyInAnyOrder(
                    region + "-frontdoor-blue-target-5xx-rate", region + "-frontdoor-blue-unhealthy-hosts",
                    region + "-frontdoor-green-target-5xx-rate", region + "-frontdoor-green-unhealthy-hosts");
            assertThat(alarms).as(stack).allSatisfy(alarm -> {
                assertThat(alarm.path("alarm_actions")).extracting(JsonNode::asText).containsExactly(
                        "${data.terraform_remote_state.remote-state-" + region + "-alerts.outputs.topic_arn}");
                assertThat(alarm.path("evaluation_periods").asInt())
                        .isEqualTo(settings.alarmThresholds().evaluationMinutes());
                if (alarm.path("alarm_name").asText().endsWith("5xx-rate")) {
                    assertThat(alarm.path("threshold").decimalValue())
                            .isEqualByComparingTo(settings.alarmThresholds().target5xxPercent());
                    assertThat(alarm.path("metric_query")).extracting(q -> q.path("metric").path("metric_name").asText())
                            .containsExactly("HTTPCode_Target_5XX_Count", "RequestCount", "");
                } else {
                    assertThat(alarm.path("metric_name").asText()).isEqualTo("UnHealthyHostCount");
                    assertThat(alarm.path("threshold").asInt()).isEqualTo(settings.alarmThresholds().unhealthyHosts());
                }
            });
        });
    }

    @Test
    void should_log_to_an_sse_s3_bucket_whose_policy_admits_the_regions_elb_account() {
        Map<String, String> elbAccounts = Map.of("use1", "127311923021", "usw2", "797873946194");
        STACKS.forEach((stack, environment) -> {
            String account = ENVIRONMENTS.get(environment).accountId();
            JsonNode encryption = one(stack, "aws_s3_bucket_server_side_encryption_configuration");
            assertThat(encryption.path("rule").get(0).path("apply_server_side_encryption_by_default")
                    .path("sse_algorithm").asText()).as(stack).isEqualTo("AES256");
            JsonNode bucket = one(stack, "aws_s3_bucket");
            assertThat(bucket.path("//").path("suppressions").get(0).path("rule").asText()).as(stack)
                    .isEqualTo("HVN-DR-001");
            String policy = one(stack, "aws_s3_bucket_policy").path("policy").asText();
            String elbAccount = elbAccounts.get(stack.split("-")[1]);
            assertThat(policy).as(stack).contains("\"Principal\":{\"AWS\":\"arn:aws:iam::" + elbAccount + ":root\"}")
                    .contains("/alb/AWSLogs/" + account + "/*").contains("\"aws:SecureTransport\":\"false\"");
            assertThat(one(stack, "aws_s3_bucket_lifecycle_configuration").path("rule").get(0).path("expiration")
                    .path("days").asInt()).as(stack).isEqualTo(
                    ENVIRONMENTS.get(environment).settings(FrontdoorLayer.SETTINGS).accessLogRetentionDays());
        });
    }
}
