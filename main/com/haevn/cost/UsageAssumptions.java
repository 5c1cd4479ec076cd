package com.haevn.cost;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Terraform does not fix and the estimate must assume, per month, from the {@code costs.usage} section of an
 * environment file. Every usage-based charge of the estimate names the assumption it rests on.
 *
 * @param natGbPerGateway          GB processed by each NAT gateway
 * @param logGbPerGroup            GB ingested into each CloudWatch Logs group
 * @param objectStorageGbPerBucket GB stored in each S3 bucket
 * @param millionRequestsPerQueue  million requests to each SQS queue
 * @param millionRequestsPerTopic  million publishes to each SNS topic
 * @param albAverageLcu            load balancer capacity units each ALB uses on average
 * @param auroraStorageGb          GB stored by each Aurora cluster
 * @param auroraIoMillion          million I/O requests of each Aurora cluster (standard storage only)
 */
public record UsageAssumptions(BigDecimal natGbPerGateway, BigDecimal logGbPerGroup,
                               BigDecimal objectStorageGbPerBucket, BigDecimal millionRequestsPerQueue,
                               BigDecimal millionRequestsPerTopic, BigDecimal albAverageLcu,
                               BigDecimal auroraStorageGb, BigDecimal auroraIoMillion) {

    /** The defaults of a key left out of {@code costs.usage}: a small, busy-enough environment. */
    public static final UsageAssumptions DEFAULTS = new UsageAssumptions(new BigDecimal("100"), BigDecimal.ONE,
            new BigDecimal("50"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("20"),
            new BigDecimal("10"));

    /** The keys of {@code costs.usage} (and of the synthesized budget's note), in the order of the components. */
    public static final List<String> KEYS = List.of("nat_gb_per_gateway", "log_gb_per_group",
            "object_storage_gb_per_bucket", "million_requests_per_queue", "million_requests_per_topic",
            "alb_average_lcu", "aurora_storage_gb", "aurora_io_million");

    public UsageAssumptions {
        Objects.requireNonNull(natGbPerGateway, "natGbPerGateway");
        Objects.requireNonNull(logGbPerGroup, "logGbPerGroup");
        Objects.requireNonNull(objectStorageGbPerBucket, "objectStorageGbPerBucket");
        Objects.requireNonNull(millionRequestsPerQueue, "millionRequestsPerQueue");
        Objects.requireNonNull(millionRequestsPerTopic, "millionRequestsPerTopic");
        Objects.requireNonNull(albAverageLcu, "albAverageLcu");
        Objects.requireNonNull(auroraStorageGb, "auroraStorageGb");
        Objects.requireNonNull(auroraIoMillion, "auroraIoMillion");
    }

    /** The values in the order of {@link #KEYS}. */
    public List<BigDecimal> values() {
        return List.of(natGbPerGateway, logGbPerGroup, objectStorageGbPerBucket, millionRequestsPerQueue,
                millionRequestsPerTopic, albAverageLcu, auroraStorageGb, auroraIoMillion);
    }

    /** From values in the order of {@link #KEYS}. */
    public static UsageAssumptions of(List<BigDecimal> values) {
        if (values.size() != KEYS.size()) {
            throw new IllegalArgumentException("expected " + KEYS.size() + " values, got " + values.size());
        }
        return new UsageAssumptions(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4),
                values.get(5), values.get(6), values.get(7));
    }

    /** Key to value as text, as the synthesized budget carries them for the validator. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        List<BigDecimal> values = values();
        for (int i = 0; i < KEYS.size(); i++) {
            map.put(KEYS.get(i), values.get(i).toPlainString());
        }
        return map;
    }

    /** Reads {@link #asMap()}'s form; a key missing or not a number takes its default. */
    public static UsageAssumptions fromJson(JsonNode node) {
        List<BigDecimal> values = new ArrayList<>(DEFAULTS.values());
        for (int i = 0; i < KEYS.size(); i++) {
            String text = node.path(KEYS.get(i)).asText("");
            if (text.matches("\\d+(\\.\\d+)?")) {
                values.set(i, new BigDecimal(text));
            }
        }
        return of(values);
    }
}
