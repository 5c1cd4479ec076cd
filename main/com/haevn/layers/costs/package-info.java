/**
 * The costs layer: per environment, AWS's own cost controls (activated cost-allocation tags, the monthly budget with
 * its alerts, the cost anomaly monitor) and the {@code costs} section the offline estimate reads its assumptions from.
 */
package com.haevn.layers.costs;
