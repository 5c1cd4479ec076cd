/**
 * Guardrails for Secrets Manager secrets and their rotation (HVN-SEC-*).
 */
package com.haevn.validate.rules.secrets;
