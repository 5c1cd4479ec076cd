/**
 * Guardrails for S3 buckets and their companion resources (HVN-S3-*).
 */
package com.haevn.validate.rules.s3;
