/**
 * Guardrails for Cloudflare zones: SSL mode, minimum TLS, managed WAF and rate limiting (HVN-CF-*).
 */
package com.haevn.validate.rules.cloudflare;
