/**
 * Guardrails for SQS queues and their dead-letter queues (HVN-SQS-*).
 */
package com.haevn.validate.rules.sqs;
