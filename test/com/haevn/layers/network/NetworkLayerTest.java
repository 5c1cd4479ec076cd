package com.haevn.layers.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.haevn.testing.SynthesizedPlatform;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkLayerTest {

    private static List<JsonNode> all(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        SynthesizedPlatform.resources(stack, type).elements().forEachRemaining(found::add);
        return found;
    }

    private static List<String> texts(List<JsonNode> nodes, String field) {
        return nodes.stream().map(n -> n.path(field).asText()).toList();
    }

    @Test
    void should_create_one_vpc_with_the_configured_cidr_and_dns() {
        List<JsonNode> vpcs = all("prod-usw2-network", "aws_vpc");

        assertThat(vpcs).hasSize(1);
        assertThat(vpcs.get(0).path("cidr_block").asText()).isEqualTo("10.41.0.0/16");
        assertThat(vpcs.get(0).path("enable_dns_hostnames").asBoolean()).isTrue();
    }

    @Test
    void should_put_a_public_and_a_private_subnet_in_each_of_the_three_zones() {
        List<JsonNode> subnets = all("prod-use1-network", "aws_subnet");
        List<JsonNode> publicSubnets = subnets.stream().filter(s -> s.path("tags").has("kubernetes.io/role/elb")).toList();
        List<JsonNode> privateSubnets = subnets.stream().filter(s -> s.path("tags").has("kubernetes.io/role/internal-elb")).toList();

        assertThat(subnets).hasSize(6);
        assertThat(texts(publicSubnets, "availability_zone")).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(texts(privateSubnets, "availability_zone")).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
        assertThat(texts(privateSubnets, "cidr_block")).containsExactly("10.40.0.0/18", "10.40.64.0/18", "10.40.128.0/18");
        assertThat(texts(publicSubnets, "cidr_block")).containsExactly("10.40.192.0/20", "10.40.208.0/20", "10.40.224.0/20");
        assertThat(publicSubnets).allSatisfy(s -> assertThat(s.path("map_public_ip_on_launch").asBoolean()).isFalse());
    }

    @Test
    void should_give_each_zone_its_own_nat_gateway_in_prod() {
        assertThat(all("prod-use1-network", "aws_nat_gateway")).hasSize(3);
        assertThat(all("staging-usw2-network", "aws_nat_gateway")).hasSize(3);
    }

    @Test
    void should_share_one_nat_gateway_in_dev_when_configured_single() {
        assertThat(all("dev-use1-network", "aws_nat_gateway")).hasSize(1);
        assertThat(all("dev-use1-network", "aws_route")).hasSize(4);
    }

    @Test
    void should_route_each_private_zone_through_a_nat_gateway_and_public_subnets_through_the_internet_gateway() {
        List<JsonNode> routes = all("prod-use1-network", "aws_route");

        assertThat(routes).hasSize(4);
        assertThat(routes.stream().filter(r -> r.has("gateway_id")).count()).isEqualTo(1);
        assertThat(routes.stream().filter(r -> r.has("nat_gateway_id")).map(r -> r.path("nat_gateway_id").asText()).distinct())
                .hasSize(3);
        assertThat(all("prod-use1-network", "aws_route_table_association")).hasSize(6);
    }

    @Test
    void should_log_all_vpc_traffic_to_cloudwatch_for_the_configured_retention() {
        List<JsonNode> flowLogs = all("prod-use1-network", "aws_flow_log");
        List<JsonNode> logGroups = all("prod-use1-network", "aws_cloudwatch_log_group");

        assertThat(flowLogs).hasSize(1);
        assertThat(flowLogs.get(0).path("traffic_type").asText()).isEqualTo("ALL");
        assertThat(flowLogs.get(0).path("vpc_id").asText()).startsWith("${aws_vpc.");
        assertThat(logGroups.get(0).path("retention_in_days").asInt()).isEqualTo(365);
        assertThat(all("dev-use1-network", "aws_cloudwatch_log_group").get(0).path("retention_in_days").asInt()).isEqualTo(14);
    }

    @Test
    void should_scope_the_flow_log_role_to_its_log_group() {
        String policy = all("prod-use1-network", "aws_iam_role_policy").get(0).path("policy").asText();

        assertThat(policy).contains("logs:PutLogEvents").contains("${aws_cloudwatch_log_group.").doesNotContain("\"*\"");
    }

    @Test
    void should_add_s3_and_dynamodb_gateway_endpoints_for_the_region() {
        List<JsonNode> endpoints = all("prod-usw2-network", "aws_vpc_endpoint");

        assertThat(texts(endpoints, "service_name"))
                .containsExactlyInAnyOrder("com.amazonaws.us-west-2.s3", "com.amazonaws.us-west-2.dynamodb");
        assertThat(texts(endpoints, "vpc_endpoint_type")).containsOnly("Gateway");
        assertThat(endpoints).allSatisfy(e -> assertThat(e.path("route_table_ids")).hasSize(4));
    }

    @Test
    void should_leave_the_default_security_group_without_rules() {
        JsonNode group = all("prod-use1-network", "aws_default_security_group").get(0);

        assertThat(group.has("ingress")).isFalse();
        assertThat(group.has("egress")).isFalse();
    }

    @Test
    void should_export_vpc_and_subnet_ids_as_outputs_for_later_layers() {
        JsonNode outputs = SynthesizedPlatform.stack("prod-use1-network").path("output");

        assertThat(outputs.path("vpc_id").path("value").asText()).startsWith("${aws_vpc.");
        assertThat(outputs.path("private_subnet_ids").path("value")).hasSize(3);
        assertThat(outputs.path("public_subnet_ids").path("value")).hasSize(3);
    }
}
