/**
 * Guardrails for SNS topics (HVN-SNS-*).
 */
package com.haevn.validate.rules.sns;
