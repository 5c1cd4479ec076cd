/**
 * Guardrails for ElastiCache replication groups (HVN-ELC-*).
 */
package com.haevn.validate.rules.elasticache;
