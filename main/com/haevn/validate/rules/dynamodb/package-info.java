/**
 * Guardrails for DynamoDB tables (HVN-DDB-*).
 */
package com.haevn.validate.rules.dynamodb;
