package com.haevn.environment;

/**
 * Size of the Aurora PostgreSQL Serverless v2 cluster in each region.
 *
 * @param minCapacityAcu minimum capacity in Aurora capacity units, 0.5 to 128 in steps of 0.5
 * @param maxCapacityAcu maximum capacity in Aurora capacity units, at least {@code minCapacityAcu}
 * @param instances      instances in the cluster (writer plus readers); 2 or more gives Multi-AZ failover
 */
public record DataSizes(double minCapacityAcu, double maxCapacityAcu, int instances) {
}
