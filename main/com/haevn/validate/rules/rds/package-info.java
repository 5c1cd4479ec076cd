/**
 * Guardrails for RDS instances and Aurora clusters (HVN-RDS-*).
 */
package com.haevn.validate.rules.rds;
