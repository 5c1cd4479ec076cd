package com.haevn.modules.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.Testing;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.flow_log.FlowLog;
import com.hashicorp.cdktf.providers.aws.nat_gateway.NatGateway;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.subnet.Subnet;
import com.hashicorp.cdktf.providers.aws.vpc.Vpc;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The network construct synthesized from its own props, outside any environment. */
class NetworkTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode synth(NetworkProps props) throws Exception {
        TerraformStack stack = new TerraformStack(Testing.app(), "network-test");
        AwsProvider.Builder.create(stack, "aws").region(props.region()).build();
        new Network(stack, "network", props);
        return JSON.readTree(Testing.synth(stack)).path("resource");
    }

    private static NetworkProps.Builder twoZones() {
        return NetworkProps.builder().name("team-a").region("eu-central-1").vpcCidr(Cidr.parse("10.90.0.0/20"))
                .availabilityZones(List.of("eu-central-1a", "eu-central-1b"));
    }

    private static List<String> texts(JsonNode resources, String attribute) {
        List<String> values = new ArrayList<>();
        resources.forEach(r -> values.add(r.path(attribute).asText()));
        return values;
    }

    @Test
    void should_default_to_a_nat_gateway_per_zone_a_year_of_flow_logs_and_the_standard_subnet_layout() throws Exception {
        JsonNode resources = synth(twoZones().build());

        assertThat(resources.path(NatGateway.TF_RESOURCE_TYPE)).hasSize(2);
        assertThat(resources.path(Vpc.TF_RESOURCE_TYPE).elements().next().path("cidr_block").asText())
                .isEqualTo("10.90.0.0/20");
        assertThat(texts(resources.path(Subnet.TF_RESOURCE_TYPE), "cidr_block"))
                .containsExactlyInAnyOrder("10.90.12.0/24", "10.90.13.0/24", "10.90.0.0/22", "10.90.4.0/22");
        assertThat(resources.path("aws_cloudwatch_log_group").elements().next().path("retention_in_days").asInt())
                .isEqualTo(NetworkProps.DEFAULT_FLOW_LOG_RETENTION_DAYS);
        assertThat(resources.path(FlowLog.TF_RESOURCE_TYPE).elements().next().path("traffic_type").asText())
                .isEqualTo("ALL");
    }

    @Test
    void should_share_one_nat_gateway_when_asked_to() throws Exception {
        JsonNode resources = synth(twoZones().natGateways(NatGatewayMode.SINGLE).flowLogRetentionDays(14).build());

        assertThat(resources.path(NatGateway.TF_RESOURCE_TYPE)).hasSize(1);
        assertThat(resources.path("aws_cloudwatch_log_group").elements().next().path("retention_in_days").asInt())
                .isEqualTo(14);
    }

    @Test
    void should_take_explicit_subnet_ranges() throws Exception {
        JsonNode resources = synth(twoZones().publicSubnetCidrs(List.of("10.90.14.0/24", "10.90.15.0/24"))
                .privateSubnetCidrs(List.of("10.90.8.0/23", "10.90.10.0/23")).build());

        assertThat(texts(resources.path(Subnet.TF_RESOURCE_TYPE), "cidr_block"))
                .containsExactlyInAnyOrder("10.90.14.0/24", "10.90.15.0/24", "10.90.8.0/23", "10.90.10.0/23");
    }

    @Test
    void should_refuse_a_subnet_outside_the_vpc() {
        assertThatThrownBy(() -> twoZones().publicSubnetCidrs(List.of("10.91.0.0/24", "10.90.15.0/24")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subnet 10.91.0.0/24 is outside the VPC range 10.90.0.0/20");
    }

    @Test
    void should_refuse_a_single_zone() {
        assertThatThrownBy(() -> twoZones().availabilityZones(List.of("eu-central-1a")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 availability zones");
    }

    @Test
    void should_carve_subnets_as_terraforms_cidrsubnet_does() {
        Cidr vpc = Cidr.parse("10.40.0.0/16");

        assertThat(SubnetLayout.privateSubnets(vpc, 3)).containsExactly("10.40.0.0/18", "10.40.64.0/18", "10.40.128.0/18");
        assertThat(SubnetLayout.publicSubnets(vpc, 3)).containsExactly("10.40.192.0/20", "10.40.208.0/20", "10.40.224.0/20");
        assertThatThrownBy(() -> SubnetLayout.publicSubnets(vpc, 4)).hasMessageContaining("1 to 3 zones, got 4");
    }
}
