/**
 * Asynchronous messaging of one environment and region: SQS queues with 14-day dead-letter queues, SNS topics
 * fanning out to them, an EventBridge bus with an archive and rules targeting them, one customer-managed KMS key
 * that SNS and EventBridge may use, and an alarm on every dead-letter queue.
 */
package com.haevn.modules.async;
