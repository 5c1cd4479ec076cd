/**
 * {@code haevn plan-report}: one review report for the plan JSON ({@code terraform show -json}) of many stacks.
 * {@link com.haevn.planreport.PlanReports} reads the plans and runs the validator on them (change control and the
 * guardrails on planned values); {@link com.haevn.planreport.MarkdownPlanReport} renders a pull request comment
 * that stays under a size budget by folding detail step by step, {@link com.haevn.planreport.JsonPlanReport} the
 * full report; {@link com.haevn.planreport.PlanFingerprint} is what the deploy compares with the reviewed plan.
 * Nothing here depends on CDKTF, jsii or node.
 */
package com.haevn.planreport;
