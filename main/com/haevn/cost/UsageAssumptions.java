package com.haevn.cost;

import java.math.BigDecimal;
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
}
