package com.haevn.environment;

/**
 * How much data an asset may lose and how long it may be down after a disaster.
 *
 * @param rpoSeconds recovery point objective: the most data loss allowed, in seconds (positive)
 * @param rtoMinutes recovery time objective: the longest outage allowed, in minutes (positive)
 */
public record RecoveryTarget(int rpoSeconds, int rtoMinutes) {
}
