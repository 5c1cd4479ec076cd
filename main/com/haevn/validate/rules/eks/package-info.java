/**
 * Guardrails for EKS clusters: secrets encryption, control-plane logging, API endpoint access (HVN-EKS-*).
 */
package com.haevn.validate.rules.eks;
