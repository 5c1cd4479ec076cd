package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plausible output values come from the producer's own output expressions, in the formats AWS uses. */
class ProducerOutputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PRODUCER = """
            {"provider": {"aws": [{"region": "us-west-2", "allowed_account_ids": ["430987654321"]},
                                   {"alias": "use1", "region": "us-east-1", "allowed_account_ids": ["430987654321"]}]},
             "resource": {
               "aws_vpc": {"main": {"cidr_block": "10.20.0.0/16"}},
               "aws_subnet": {"private": {"count": 2, "vpc_id": "${aws_vpc.main.id}", "cidr_block": "10.20.0.0/18"}},
               "aws_iam_role": {"nodes": {"name": "haevn-dev-nodes", "assume_role_policy": "{}"}},
               "aws_sqs_queue": {"orders": {"name": "orders"}},
               "aws_kms_key": {"queues": {"enable_key_rotation": true}},
               "aws_lb_target_group": {"blue": {"name": "dev-blue", "port": 80}},
               "aws_acm_certificate": {"site": {"provider": "aws.use1", "domain_name": "dev.haevn.io"}},
               "aws_eks_cluster": {"runtime": {"name": "haevn-dev", "role_arn": "${aws_iam_role.nodes.arn}"}}
             },
             "data": {"aws_availability_zones": {"zones": {}}},
             "output": {
               "vpc_id": {"value": "${aws_vpc.main.id}"},
               "vpc_cidr": {"value": "${aws_vpc.main.cidr_block}"},
               "vpc_arn": {"value": "${aws_vpc.main.arn}"},
               "subnet_vpc": {"value": "${aws_subnet.private[0].vpc_id}"},
               "subnet_ids": {"value": "${aws_subnet.private[*].id}"},
               "pair": {"value": ["${aws_vpc.main.id}", "${aws_subnet.private[1].id}"]},
               "listed": {"value": "${tolist([aws_vpc.main.id, \\"fixed\\"])}"},
               "role_arn": {"value": "${aws_iam_role.nodes.arn}"},
               "queue_url": {"value": "${aws_sqs_queue.orders.url}"},
               "queue_arn": {"value": "${aws_sqs_queue.orders.arn}"},
               "key_arn": {"value": "${aws_kms_key.queues.arn}"},
               "key_id": {"value": "${aws_kms_key.queues.key_id}"},
               "blue_arn": {"value": "${aws_lb_target_group.blue.arn}"},
               "certificate": {"value": "${aws_acm_certificate.site.arn}"},
               "issuer": {"value": "${aws_eks_cluster.runtime.identity[0].oidc[0].issuer}"},
               "cluster_role": {"value": "${aws_eks_cluster.runtime.role_arn}"},
               "zones": {"value": "${data.aws_availability_zones.zones.names}"},
               "label": {"value": "queue ${aws_sqs_queue.orders.name} in use"},
               "literal": {"value": 3},
               "joined": {"value": "${join(\\",\\", aws_subnet.private[*].id)}"}
             }}
            """;

    private static Map<String, JsonNode> values(String... names) throws Exception {
        SynthesizedStack producer = new SynthesizedStack("dev-usw2-network", Path.of("unused"),
                JSON.readTree(PRODUCER));
        return new ProducerOutputs(producer).values(Set.of(names));
    }

    private static String value(String name) throws Exception {
        return values(name).get(name).asText();
    }

    @Test
    void should_give_ec2_ids_their_prefix_and_seventeen_hex_digits() throws Exception {
        assertThat(value("vpc_id")).matches("vpc-0[0-9a-f]{16}");
        assertThat(value("subnet_vpc")).as("an argument set to a reference takes the referenced value")
                .isEqualTo(value("vpc_id"));
    }

    @Test
    void should_take_arguments_the_configuration_sets() throws Exception {
        assertThat(value("vpc_cidr")).isEqualTo("10.20.0.0/16");
        assertThat(value("literal")).isEqualTo("3");
        assertThat(value("cluster_role")).isEqualTo(value("role_arn"));
        assertThat(value("label")).isEqualTo("queue orders in use");
    }

    @Test
    void should_write_arns_of_the_resource_service_in_its_region_and_account() throws Exception {
        assertThat(value("vpc_arn")).matches("arn:aws:ec2:us-west-2:430987654321:vpc/vpc-0[0-9a-f]{16}");
        assertThat(value("role_arn")).isEqualTo("arn:aws:iam::430987654321:role/haevn-dev-nodes");
        assertThat(value("queue_arn")).isEqualTo("arn:aws:sqs:us-west-2:430987654321:orders");
        assertThat(value("key_arn")).matches("arn:aws:kms:us-west-2:430987654321:key/"
                + "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(value("key_arn")).endsWith(value("key_id"));
        assertThat(value("blue_arn"))
                .matches("arn:aws:elasticloadbalancing:us-west-2:430987654321:targetgroup/dev-blue/[0-9a-f]{16}");
        assertThat(value("certificate")).as("the region of the resource's own provider configuration")
                .startsWith("arn:aws:acm:us-east-1:430987654321:certificate/");
    }

    @Test
    void should_give_urls_and_issuers_their_shape() throws Exception {
        assertThat(value("queue_url")).isEqualTo("https://sqs.us-west-2.amazonaws.com/430987654321/orders");
        assertThat(value("issuer")).matches("https://oidc\\.eks\\.us-west-2\\.amazonaws\\.com/id/[0-9A-F]{32}");
    }

    @Test
    void should_give_lists_for_splats_and_list_expressions() throws Exception {
        JsonNode ids = values("subnet_ids").get("subnet_ids");
        assertThat(ids.isArray()).isTrue();
        assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(id.asText()).matches("subnet-0[0-9a-f]{16}"));
        assertThat(ids.get(0).asText()).isNotEqualTo(ids.get(1).asText());

        JsonNode pair = values("pair").get("pair");
        assertThat(pair.get(0).asText()).isEqualTo(value("vpc_id"));
        assertThat(pair.get(1).asText()).isEqualTo(ids.get(1).asText());
        assertThat(values("listed").get("listed").get(1).asText()).isEqualTo("fixed");
        assertThat(values("zones").get("zones")).extracting(JsonNode::asText)
                .containsExactly("us-west-2a", "us-west-2b", "us-west-2c");
    }

    @Test
    void should_derive_the_same_values_every_time() throws Exception {
        assertThat(values("vpc_id", "subnet_ids", "key_arn")).isEqualTo(values("vpc_id", "subnet_ids", "key_arn"));
    }

    @Test
    void should_name_the_output_and_expression_it_cannot_derive() {
        assertThatThrownBy(() -> values("joined"))
                .hasMessageContaining("output 'joined' of stack dev-usw2-network")
                .hasMessageContaining("join(\",\", aws_subnet.private[*].id)");
        assertThatThrownBy(() -> values("missing")).hasMessageContaining("has no output 'missing'");
    }

    @Test
    void should_give_every_output_when_the_consumer_reads_them_all() throws Exception {
        SynthesizedStack producer = new SynthesizedStack("p", Path.of("unused"), JSON.readTree("""
                {"provider": {"aws": [{"region": "eu-central-1", "allowed_account_ids": ["111122223333"]}]},
                 "resource": {"aws_sns_topic": {"alerts": {"name": "alerts"}}},
                 "output": {"b": {"value": "${aws_sns_topic.alerts.arn}"},
                            "a": {"value": "${aws_sns_topic.alerts.id}"}}}
                """));

        Map<String, JsonNode> all = new ProducerOutputs(producer).values(Set.of());

        assertThat(all.keySet()).containsExactly("a", "b");
        assertThat(all.get("a").asText()).isEqualTo("arn:aws:sns:eu-central-1:111122223333:alerts");
    }
}
