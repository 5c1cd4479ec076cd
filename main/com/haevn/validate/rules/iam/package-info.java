/**
 * Guardrails for IAM policy documents, including the reading of HCL and JSON policy literals (HVN-IAM-*).
 */
package com.haevn.validate.rules.iam;
