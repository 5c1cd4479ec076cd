/**
 * Guardrails for the Terraform state backend (HVN-STATE-*).
 */
package com.haevn.validate.rules.state;
