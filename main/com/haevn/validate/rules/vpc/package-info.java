/**
 * Guardrails for VPCs (HVN-VPC-*).
 */
package com.haevn.validate.rules.vpc;
