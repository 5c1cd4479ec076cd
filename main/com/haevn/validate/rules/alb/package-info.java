/**
 * Guardrails for application load balancers and their listeners (HVN-ALB-*).
 */
package com.haevn.validate.rules.alb;
