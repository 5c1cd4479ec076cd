package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pricing rule of each resource type: which units of the price table a resource consumes per month, from its
 * arguments (sizes, counts, scaling ranges) and, for usage-based units, from the environment's assumptions.
 */
final class ResourcePricing {

    private final PriceTable table;
    private final Function<String, Optional<SynthesizedStack>> stacks;

    /**
     * @param stacks the other stacks of the synth by name, for values read through remote state (the node type of a
     *               global datastore's secondary is that of its primary)
     */
    ResourcePricing(PriceTable table, Function<String, Optional<SynthesizedStack>> stacks) {
        this.table = table;
        this.stacks = stacks;
    }

    ResourceCost price(SynthesizedStack stack, String region, UsageAssumptions usage, String type, String name,
                       JsonNode resource) {
        String address = type + "." + name;
        if (NoChargeTypes.TYPES.contains(type)) {
            return ResourceCost.priced(address, type, List.of());
        }
        Pricer pricer = new Pricer(region);
        BigDecimal hours = table.hoursPerMonth();
        switch (type) {
            case "aws_eks_cluster" -> pricer.hours("cluster hours", "eks-cluster-hour", Optional.empty(), one(), hours);
            case "aws_eks_node_group" -> {
                JsonNode scaling = resource.path("scaling_config");
                String instance = resource.path("instance_types").path(0).asText("");
                if (instance.isEmpty()) {
                    return ResourceCost.unpriced(address, type, "instance type set in its launch template");
                }
                String unit = "SPOT".equals(resource.path("capacity_type").asText("ON_DEMAND"))
                        ? "ec2-spot-instance-hour" : "ec2-instance-hour";
                pricer.hours("node hours (" + scaling.path("min_size").asText() + "–" + scaling.path("max_size")
                                .asText() + " nodes)", unit, Optional.of(instance),
                        CostRange.of(decimal(scaling.path("min_size")), decimal(scaling.path("max_size"))), hours);
            }
            case "aws_nat_gateway" -> {
                pricer.hours("gateway hours", "nat-gateway-hour", Optional.empty(), one(), hours);
                pricer.usage("data processed", "nat-gateway-gb", usage.natGbPerGateway(),
                        usage.natGbPerGateway().toPlainString() + " GB per gateway per month");
            }
            case "aws_lb" -> {
                if (!"application".equals(resource.path("load_balancer_type").asText("application"))) {
                    pricer.hours("load balancer hours", resource.path("load_balancer_type").asText() + "-lb-hour",
                            Optional.empty(), one(), hours);
                } else {
                    pricer.hours("load balancer hours", "alb-hour", Optional.empty(), one(), hours);
                    pricer.usage("capacity units", "alb-lcu-hour", usage.albAverageLcu().multiply(hours),
                            usage.albAverageLcu().toPlainString() + " LCU on average");
                }
            }
            case "aws_rds_cluster" -> {
                boolean ioOptimized = "aurora-iopt1".equals(resource.path("storage_type").asText(""));
                pricer.usage("storage", "aurora-storage-gb-month", usage.auroraStorageGb(),
                        usage.auroraStorageGb().toPlainString() + " GB stored");
                if (!ioOptimized) {
                    pricer.usage("I/O requests", "aurora-io-million-requests", usage.auroraIoMillion(),
                            usage.auroraIoMillion().toPlainString() + " million I/O requests");
                }
            }
            case "aws_rds_cluster_instance" -> {
                String instanceClass = resource.path("instance_class").asText("");
                Optional<JsonNode> cluster = stack.referenced(resource.path("cluster_identifier"));
                if ("db.serverless".equals(instanceClass)) {
                    JsonNode scaling = cluster.map(c -> c.path("serverlessv2_scaling_configuration"))
                            .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
                    if (!scaling.has("min_capacity") || !scaling.has("max_capacity")) {
                        return ResourceCost.unpriced(address, type, "ACU range not in this stack");
                    }
                    boolean ioOptimized = cluster.map(c -> "aurora-iopt1".equals(c.path("storage_type").asText("")))
                            .orElse(false);
                    pricer.hours("capacity (" + scaling.path("min_capacity").asText() + "–"
                                    + scaling.path("max_capacity").asText() + " ACU)",
                            ioOptimized ? "aurora-serverless-v2-acu-hour-io-optimized" : "aurora-serverless-v2-acu-hour",
                            Optional.empty(),
                            CostRange.of(decimal(scaling.path("min_capacity")), decimal(scaling.path("max_capacity"))),
                            hours);
                } else {
                    pricer.hours("instance hours", "aurora-instance-hour", Optional.of(instanceClass), one(), hours);
                }
            }
            case "aws_db_instance" -> {
                boolean multiAz = resource.path("multi_az").asBoolean(false);
                pricer.hours("instance hours", multiAz ? "rds-multi-az-instance-hour" : "rds-instance-hour",
                        Optional.of(resource.path("instance_class").asText()), one(), hours);
                pricer.usage("storage", multiAz ? "rds-multi-az-storage-gb-month" : "rds-storage-gb-month",
                        decimal(resource.path("allocated_storage")),
                        resource.path("allocated_storage").asText() + " GB allocated");
            }
            case "aws_elasticache_replication_group" -> {
                Optional<JsonNode> sizing = cacheSizing(stack, resource);
                if (sizing.isEmpty()) {
                    return ResourceCost.unpriced(address, type, "node type from a global datastore not in the synth");
                }
                JsonNode primary = sizing.get();
                BigDecimal nodes = resource.has("num_cache_clusters") ? decimal(resource.path("num_cache_clusters"))
                        : decimal(primary.path("num_node_groups"), BigDecimal.ONE)
                        .multiply(decimal(resource.path("replicas_per_node_group"), BigDecimal.ZERO).add(BigDecimal.ONE));
                pricer.hours("node hours (" + nodes.toPlainString() + " nodes)", "elasticache-node-hour",
                        Optional.of(primary.path("node_type").asText()), CostRange.exactly(nodes), hours);
            }
            case "aws_s3_bucket" -> pricer.usage("storage", "s3-standard-gb-month", usage.objectStorageGbPerBucket(),
                    usage.objectStorageGbPerBucket().toPlainString() + " GB per bucket");
            case "aws_kms_key" -> pricer.usage("key", "kms-key-month", BigDecimal.ONE, null);
            case "aws_secretsmanager_secret" -> {
                pricer.usage("secret", "secretsmanager-secret-month", BigDecimal.ONE, null);
                for (JsonNode replica : resource.path("replica")) {
                    new Pricer(replica.path("region").asText("unknown region"))
                            .into(pricer).usage("replica", "secretsmanager-secret-month", BigDecimal.ONE, null);
                }
            }
            case "aws_cloudwatch_log_group" -> pricer.usage("ingestion", "cloudwatch-logs-gb-ingested",
                    usage.logGbPerGroup(), usage.logGbPerGroup().toPlainString() + " GB ingested per log group");
            case "aws_sqs_queue" -> pricer.usage("requests", resource.path("fifo_queue").asBoolean(false)
                            ? "sqs-fifo-million-requests" : "sqs-standard-million-requests", usage.millionRequestsPerQueue(),
                    usage.millionRequestsPerQueue().toPlainString() + " million requests per queue");
            case "aws_sns_topic" -> pricer.usage("publishes", "sns-million-requests", usage.millionRequestsPerTopic(),
                    usage.millionRequestsPerTopic().toPlainString() + " million publishes per topic");
            case "aws_vpc_endpoint" -> {
                if ("Gateway".equals(resource.path("vpc_endpoint_type").asText("Gateway"))) {
                    return ResourceCost.priced(address, type, List.of());
                }
                pricer.hours("endpoint hours per zone", "vpc-interface-endpoint-hour", Optional.empty(),
                        CostRange.exactly(BigDecimal.valueOf(Math.max(1, resource.path("subnet_ids").size()))), hours);
            }
            default -> {
                return ResourceCost.unpriced(address, type, "no pricing rule");
            }
        }
        return ResourceCost.priced(address, type, pricer.charges);
    }

    /** The replication group carrying the node type and shard count: itself, or the primary of its global datastore. */
    private Optional<JsonNode> cacheSizing(SynthesizedStack stack, JsonNode group) {
        if (group.has("node_type")) {
            return Optional.of(group);
        }
        return SynthesizedStack.remoteStateStack(group.path("global_replication_group_id"))
                .flatMap(stacks)
                .flatMap(primary -> {
                    for (JsonNode candidate : primary.resources().path("aws_elasticache_replication_group")) {
                        if (candidate.has("node_type")) {
                            return Optional.of(candidate);
                        }
                    }
                    return Optional.empty();
                });
    }

    private static CostRange one() {
        return CostRange.exactly(BigDecimal.ONE);
    }

    private static BigDecimal decimal(JsonNode value) {
        return decimal(value, BigDecimal.ZERO);
    }

    private static BigDecimal decimal(JsonNode value, BigDecimal otherwise) {
        return value.isNumber() ? value.decimalValue() : otherwise;
    }

    /** Collects the charges of one resource, each looked up in the table. */
    private final class Pricer {

        private final String region;
        private final List<Charge> charges = new ArrayList<>();

        private List<Charge> target = charges;

        Pricer(String region) {
            this.region = region;
        }

        /** Adds this pricer's charges (in its own region) to {@code other}'s, e.g. a replica in another region. */
        Pricer into(Pricer other) {
            target = other.charges;
            return this;
        }

        void hours(String description, String unit, Optional<String> type, CostRange count, BigDecimal hours) {
            target.add(new Charge(description, unit, type, region, count.times(hours), Optional.empty(),
                    table.find(unit, type, region)));
        }

        void usage(String description, String unit, BigDecimal quantity, String assumption) {
            target.add(new Charge(description, unit, Optional.empty(), region, CostRange.exactly(quantity),
                    Optional.ofNullable(assumption), table.find(unit, Optional.empty(), region)));
        }
    }
}
