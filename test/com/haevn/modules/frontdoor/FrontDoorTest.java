package com.haevn.modules.frontdoor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.TerraformVariable;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.lb.Lb;
import com.hashicorp.cdktf.providers.aws.lb_listener.LbListener;
import com.hashicorp.cdktf.providers.aws.lb_listener_rule.LbListenerRule;
import com.hashicorp.cdktf.providers.aws.lb_target_group.LbTargetGroup;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The front door synthesized from its own props. */
class FrontDoorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> IPV4 = List.of("198.51.100.0/24", "203.0.113.0/25");
    private static final List<String> IPV6 = List.of("2001:db8::/32");

    private static FrontDoorProps.Builder props(String secret) {
        return FrontDoorProps.builder()
                .name("qa-euc1")
                .region("eu-central-1")
                .accountId("123456789012")
                .vpcId("vpc-0123456789abcdef0")
                .publicSubnetIds(List.of("subnet-1", "subnet-2", "subnet-3"))
                .certificateArn("arn:aws:acm:eu-central-1:123456789012:certificate/abc")
                .originHeaderName("X-Origin-Verify")
                .originHeaderSecret(secret)
                .ingressIpv4Ranges(IPV4)
                .ingressIpv6Ranges(IPV6)
                .targetPort(8080)
                .targetsSecurityGroupId("sg-0nodes")
                .healthCheckPath("/ready")
                .initialWeights(new Weights(90, 10))
                .alarmTopicArn("arn:aws:sns:eu-central-1:123456789012:alerts")
                .alarmThresholds(new AlarmThresholds(new BigDecimal("2.5"), 2, 4))
                .accessLogRetentionDays(45);
    }

    /** A reference to a sensitive variable of a throwaway stack, for props that are never synthesized. */
    private static String secretReference() {
        TerraformStack stack = new TerraformStack(Testing.app(), "secret-holder");
        return TerraformVariable.Builder.create(stack, "secret").type("string").sensitive(true).build().getStringValue();
    }

    private static JsonNode synth(UnaryOperator<FrontDoorProps.Builder> change) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "frontdoor-test");
        AwsProvider.Builder.create(stack, "aws").region("eu-central-1").build();
        TerraformVariable secret = TerraformVariable.Builder.create(stack, "secret").type("string").sensitive(true).build();
        new FrontDoor(stack, "frontdoor", change.apply(props(secret.getStringValue())).build());
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static List<JsonNode> all(JsonNode resources, String type) {
        List<JsonNode> list = new ArrayList<>();
        resources.path(type).elements().forEachRemaining(list::add);
        return list;
    }

    private static JsonNode one(JsonNode resources, String type) {
        assertThat(all(resources, type)).as(type).hasSize(1);
        return all(resources, type).get(0);
    }

    @Test
    void should_serve_https_with_a_tls13_policy_answer_403_by_default_and_redirect_http() throws Exception {
        JsonNode resources = synth(b -> b);

        List<JsonNode> listeners = all(resources, LbListener.TF_RESOURCE_TYPE);
        JsonNode https = listeners.stream().filter(l -> l.path("port").asInt() == 443).findFirst().orElseThrow();
        assertThat(https.path("protocol").asText()).isEqualTo("HTTPS");
        assertThat(https.path("ssl_policy").asText()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-Res-2021-06");
        assertThat(https.path("certificate_arn").asText()).startsWith("${aws_acm_certificate_validation.")
                .endsWith(".certificate_arn}");
        JsonNode denied = https.path("default_action").get(0);
        assertThat(denied.path("type").asText()).isEqualTo("fixed-response");
        assertThat(denied.path("fixed_response").path("status_code").asText()).isEqualTo("403");

        JsonNode http = listeners.stream().filter(l -> l.path("port").asInt() == 80).findFirst().orElseThrow();
        assertThat(http.path("protocol").asText()).isEqualTo("HTTP");
        JsonNode redirect = http.path("default_action").get(0);
        assertThat(redirect.path("type").asText()).isEqualTo("redirect");
        assertThat(redirect.path("redirect").path("protocol").asText()).isEqualTo("HTTPS");
        assertThat(redirect.path("redirect").path("port").asText()).isEqualTo("443");
        assertThat(redirect.path("redirect").path("status_code").asText()).isEqualTo("HTTP_301");
        assertThat(listeners).hasSize(2);

        JsonNode validation = one(resources, "aws_acm_certificate_validation");
        assertThat(validation.path("certificate_arn").asText())
                .isEqualTo("arn:aws:acm:eu-central-1:123456789012:certificate/abc");
    }

    @Test
    void should_forward_only_requests_with_the_origin_header_with_the_initial_weights_and_then_ignore_them()
            throws Exception {
        JsonNode resources = synth(b -> b);

        JsonNode rule = one(resources, LbListenerRule.TF_RESOURCE_TYPE);
        assertThat(rule.path("priority").asInt()).isEqualTo(50000);
        assertThat(rule.path("listener_arn").asText()).startsWith("${aws_lb_listener.");
        JsonNode header = rule.path("condition").get(0).path("http_header");
        assertThat(header.path("http_header_name").asText()).isEqualTo("X-Origin-Verify");
        assertThat(header.path("values")).extracting(JsonNode::asText).containsExactly("${var.secret}");
        JsonNode action = rule.path("action").get(0);
        assertThat(action.path("type").asText()).isEqualTo("forward");
        assertThat(action.path("forward").path("target_group"))
                .extracting(t -> t.path("arn").asText().replaceAll("_[A-F0-9]{8}\\.arn}$", ""), t -> t.path("weight").asInt())
                .containsExactly(tuple("${aws_lb_target_group.frontdoor_target-group-blue", 90),
                        tuple("${aws_lb_target_group.frontdoor_target-group-green", 10));
        assertThat(rule.path("lifecycle").path("ignore_changes")).extracting(JsonNode::asText)
                .containsExactly("action[0].forward[0].target_group");
    }

    @Test
    void should_create_blue_and_green_ip_target_groups_with_health_checks() throws Exception {
        List<JsonNode> groups = all(synth(b -> b), LbTargetGroup.TF_RESOURCE_TYPE);

        assertThat(groups).extracting(g -> g.path("name_prefix").asText()).containsExactlyInAnyOrder("blue-", "green-");
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.path("target_type").asText()).isEqualTo("ip");
            assertThat(group.path("port").asInt()).isEqualTo(8080);
            assertThat(group.path("protocol").asText()).isEqualTo("HTTP");
            assertThat(group.path("vpc_id").asText()).isEqualTo("vpc-0123456789abcdef0");
            JsonNode check = group.path("health_check");
            assertThat(check.path("enabled").asBoolean()).isTrue();
            assertThat(check.path("path").asText()).isEqualTo("/ready");
            assertThat(check.path("port").asText()).isEqualTo("traffic-port");
            assertThat(check.path("matcher").asText()).isEqualTo("200");
        });
    }

    @Test
    void should_harden_the_load_balancer_and_log_to_an_sse_s3_bucket_elb_may_write_to() throws Exception {
        JsonNode resources = synth(b -> b);

        JsonNode balancer = one(resources, Lb.TF_RESOURCE_TYPE);
        assertThat(balancer.path("name").asText()).isEqualTo("qa-euc1");
        assertThat(balancer.path("internal").asBoolean()).isFalse();
        assertThat(balancer.path("subnets")).extracting(JsonNode::asText).containsExactly("subnet-1", "subnet-2", "subnet-3");
        assertThat(balancer.path("drop_invalid_header_fields").asBoolean()).isTrue();
        assertThat(balancer.path("enable_deletion_protection").asBoolean()).isTrue();
        assertThat(balancer.path("desync_mitigation_mode").asText()).isEqualTo("defensive");
        assertThat(balancer.path("access_logs").path("enabled").asBoolean()).isTrue();
        assertThat(balancer.path("access_logs").path("prefix").asText()).isEqualTo("alb");
        assertThat(balancer.path("depends_on")).extracting(JsonNode::asText).singleElement().asString()
                .startsWith("aws_s3_bucket_policy.");

        JsonNode encryption = one(resources, S3BucketServerSideEncryptionConfigurationA.TF_RESOURCE_TYPE);
        assertThat(encryption.path("rule").get(0).path("apply_server_side_encryption_by_default")
                .path("sse_algorithm").asText()).isEqualTo("AES256");
        JsonNode bucket = one(resources, "aws_s3_bucket");
        assertThat(bucket.path("bucket").asText()).isEqualTo("haevn-qa-euc1-alb-logs-123456789012");
        assertThat(one(resources, "aws_s3_bucket_versioning").path("versioning_configuration").path("status").asText())
                .isEqualTo("Enabled");
        JsonNode block = one(resources, "aws_s3_bucket_public_access_block");
        assertThat(List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"))
                .allSatisfy(flag -> assertThat(block.path(flag).asBoolean()).as(flag).isTrue());
        JsonNode lifecycle = one(resources, "aws_s3_bucket_lifecycle_configuration").path("rule").get(0);
        assertThat(lifecycle.path("expiration").path("days").asInt()).isEqualTo(45);
        assertThat(lifecycle.path("noncurrent_version_expiration").path("noncurrent_days").asInt()).isEqualTo(30);

        JsonNode statements = JSON.readTree(one(resources, S3BucketPolicy.TF_RESOURCE_TYPE).path("policy").asText())
                .path("Statement");
        assertThat(statements.get(0).path("Effect").asText()).isEqualTo("Deny");
        assertThat(statements.get(0).path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        JsonNode delivery = statements.get(1);
        assertThat(delivery.path("Effect").asText()).isEqualTo("Allow");
        assertThat(delivery.path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::054676820928:root");
        assertThat(delivery.path("Action").asText()).isEqualTo("s3:PutObject");
        assertThat(delivery.path("Resource").asText()).endsWith("/alb/AWSLogs/123456789012/*");
    }

    @Test
    void should_name_the_log_delivery_principal_of_each_region() {
        assertThat(ElbLogDelivery.principal("us-east-1")).containsEntry("AWS", "arn:aws:iam::127311923021:root");
        assertThat(ElbLogDelivery.principal("us-west-2")).containsEntry("AWS", "arn:aws:iam::797873946194:root");
        assertThat(ElbLogDelivery.principal("eu-central-2"))
                .containsExactlyEntriesOf(java.util.Map.of("Service", "logdelivery.elasticloadbalancing.amazonaws.com"));
    }

    @Test
    void should_admit_only_the_configured_ranges_on_443_and_80_and_send_only_to_the_targets() throws Exception {
        JsonNode resources = synth(b -> b);

        List<JsonNode> ingress = all(resources, VpcSecurityGroupIngressRule.TF_RESOURCE_TYPE);
        List<JsonNode> fromRanges = ingress.stream()
                .filter(r -> r.path("security_group_id").asText().startsWith("${aws_security_group.")).toList();
        assertThat(fromRanges).extracting(r -> r.path("cidr_ipv4").asText(r.path("cidr_ipv6").asText()),
                        r -> r.path("from_port").asInt(), r -> r.path("to_port").asInt(), r -> r.path("ip_protocol").asText())
                .containsExactlyInAnyOrder(
                        tuple("198.51.100.0/24", 443, 443, "tcp"), tuple("198.51.100.0/24", 80, 80, "tcp"),
                        tuple("203.0.113.0/25", 443, 443, "tcp"), tuple("203.0.113.0/25", 80, 80, "tcp"),
                        tuple("2001:db8::/32", 443, 443, "tcp"), tuple("2001:db8::/32", 80, 80, "tcp"));
        assertThat(fromRanges).noneMatch(r -> r.has("referenced_security_group_id"));

        JsonNode nodes = ingress.stream().filter(r -> r.path("security_group_id").asText().equals("sg-0nodes"))
                .findFirst().orElseThrow();
        assertThat(nodes.path("referenced_security_group_id").asText()).startsWith("${aws_security_group.");
        assertThat(nodes.path("from_port").asInt()).isEqualTo(8080);
        assertThat(nodes.path("to_port").asInt()).isEqualTo(8080);
        assertThat(ingress).hasSize(fromRanges.size() + 1);

        JsonNode egress = one(resources, VpcSecurityGroupEgressRule.TF_RESOURCE_TYPE);
        assertThat(egress.path("referenced_security_group_id").asText()).isEqualTo("sg-0nodes");
        assertThat(egress.path("from_port").asInt()).isEqualTo(8080);
        assertThat(egress.has("cidr_ipv4")).isFalse();
        assertThat(one(resources, "aws_security_group").has("egress")).as("no inline allow-all egress").isFalse();
    }

    @Test
    void should_alarm_per_colour_on_the_target_5xx_rate_and_unhealthy_hosts() throws Exception {
        List<JsonNode> alarms = all(synth(b -> b), CloudwatchMetricAlarm.TF_RESOURCE_TYPE);

        assertThat(alarms).extracting(a -> a.path("alarm_name").asText()).containsExactlyInAnyOrder(
                "qa-euc1-frontdoor-blue-target-5xx-rate", "qa-euc1-frontdoor-blue-unhealthy-hosts",
                "qa-euc1-frontdoor-green-target-5xx-rate", "qa-euc1-frontdoor-green-unhealthy-hosts");
        assertThat(alarms).allSatisfy(alarm -> {
            assertThat(alarm.path("alarm_actions")).extracting(JsonNode::asText)
                    .containsExactly("arn:aws:sns:eu-central-1:123456789012:alerts");
            assertThat(alarm.path("ok_actions")).extracting(JsonNode::asText)
                    .containsExactly("arn:aws:sns:eu-central-1:123456789012:alerts");
            assertThat(alarm.path("evaluation_periods").asInt()).isEqualTo(4);
            assertThat(alarm.path("datapoints_to_alarm").asInt()).isEqualTo(4);
            assertThat(alarm.path("treat_missing_data").asText()).isEqualTo("notBreaching");
        });

        JsonNode rate = alarms.stream().filter(a -> a.path("alarm_name").asText().endsWith("blue-target-5xx-rate"))
                .findFirst().orElseThrow();
        assertThat(rate.path("threshold").asDouble()).isEqualTo(2.5);
        assertThat(rate.path("comparison_operator").asText()).isEqualTo("GreaterThanThreshold");
        List<JsonNode> queries = StreamSupport.stream(rate.path("metric_query").spliterator(), false).toList();
        assertThat(queries).extracting(q -> q.path("id").asText(), q -> q.path("metric").path("metric_name").asText(),
                        q -> q.path("metric").path("stat").asText(), q -> q.path("return_data").asBoolean())
                .containsExactly(tuple("errors", "HTTPCode_Target_5XX_Count", "Sum", false),
                        tuple("requests", "RequestCount", "Sum", false), tuple("rate", "", "", true));
        assertThat(queries.get(2).path("expression").asText()).isEqualTo("100 * FILL(errors, 0) / requests");
        JsonNode dimensions = queries.get(0).path("metric").path("dimensions");
        assertThat(dimensions.path("LoadBalancer").asText()).startsWith("${aws_lb.").endsWith(".arn_suffix}");
        assertThat(dimensions.path("TargetGroup").asText()).startsWith("${aws_lb_target_group.frontdoor_target-group-blue_")
                .endsWith(".arn_suffix}");

        JsonNode unhealthy = alarms.stream().filter(a -> a.path("alarm_name").asText().endsWith("green-unhealthy-hosts"))
                .findFirst().orElseThrow();
        assertThat(unhealthy.path("metric_name").asText()).isEqualTo("UnHealthyHostCount");
        assertThat(unhealthy.path("namespace").asText()).isEqualTo("AWS/ApplicationELB");
        assertThat(unhealthy.path("statistic").asText()).isEqualTo("Maximum");
        assertThat(unhealthy.path("threshold").asInt()).isEqualTo(2);
        assertThat(unhealthy.path("comparison_operator").asText()).isEqualTo("GreaterThanOrEqualToThreshold");
        assertThat(unhealthy.path("dimensions").path("TargetGroup").asText())
                .startsWith("${aws_lb_target_group.frontdoor_target-group-green_");
    }

    @Test
    void should_refuse_a_literal_secret_and_bad_ranges() {
        assertThatThrownBy(() -> props("a-literal-secret-in-the-code-0123456789").build())
                .hasMessageContaining("must reference a sensitive Terraform variable");
        assertThatThrownBy(() -> props(secretReference()).ingressIpv4Ranges(List.of("0.0.0.0/0")).build())
                .hasMessageContaining("the whole IPv4 internet");
        assertThatThrownBy(() -> props(secretReference()).ingressIpv6Ranges(List.of("2001:db8::1/32")).build())
                .hasMessageContaining("host bits set");
        assertThatThrownBy(() -> props(secretReference()).targetPort(70000).build()).hasMessageContaining("1 to 65535");
    }

    @Test
    void should_check_ipv6_blocks_without_looking_names_up() {
        assertThat(OriginRanges.ipv6Problem("2606:4700::/32")).isEmpty();
        assertThat(OriginRanges.ipv6Problem("2a06:98c0::/29")).isEmpty();
        assertThat(OriginRanges.ipv6Problem("2a06:98c4::/29")).get().asString().contains("host bits set");
        assertThat(OriginRanges.ipv6Problem("example.com/32")).get().asString().contains("not an IPv6 CIDR");
        assertThat(OriginRanges.ipv6Problem("2606:4700::/129")).get().asString().contains("the largest is 128");
        assertThat(OriginRanges.ipv6Problem("::/0")).get().asString().contains("whole IPv6 internet");
        assertThat(OriginRanges.ipv6Problem("2606:zz::/32")).get().asString().contains("not an IPv6");
    }
}
