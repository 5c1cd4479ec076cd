/**
 * Guardrails for EC2 instances and launch templates (HVN-EC2-*).
 */
package com.haevn.validate.rules.ec2;
