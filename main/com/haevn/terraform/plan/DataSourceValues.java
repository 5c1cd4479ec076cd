package com.haevn.terraform.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.List;
import java.util.Optional;

/**
 * Values of the AWS data sources that describe the provider's own context (region, account, partition, zones,
 * policy documents): what a producer stack's outputs may carry through from them.
 */
final class DataSourceValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DataSourceValues() {
    }

    /** The value of {@code data.TYPE.*.ATTRIBUTES} under {@code provider}, if this is one of those data sources. */
    static Optional<JsonNode> attribute(String type, List<String> attributes,
                                        SynthesizedStack.AwsProviderConfig provider) {
        String attribute = String.join(".", attributes);
        return Optional.ofNullable(switch (type + "." + attribute) {
            case "aws_region.name", "aws_region.id" -> TextNode.valueOf(provider.region());
            case "aws_caller_identity.account_id", "aws_caller_identity.id" -> TextNode.valueOf(provider.accountId());
            case "aws_caller_identity.arn" -> TextNode.valueOf("arn:aws:iam::" + provider.accountId() + ":root");
            case "aws_partition.partition", "aws_partition.id" -> TextNode.valueOf("aws");
            case "aws_partition.dns_suffix" -> TextNode.valueOf("amazonaws.com");
            case "aws_iam_policy_document.json", "aws_iam_policy_document.minified_json" ->
                    TextNode.valueOf("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
            case "aws_availability_zones.names" -> zones(provider.region());
            default -> null;
        });
    }

    private static JsonNode zones(String region) {
        ArrayNode names = NODES.arrayNode();
        for (String letter : List.of("a", "b", "c")) {
            names.add(region + letter);
        }
        return names;
    }
}
