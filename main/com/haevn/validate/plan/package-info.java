/**
 * Plan JSON ({@code terraform show -json}): the planned changes, which resource types hold state, and change
 * control (HVN-CHG-001) with the destructive changes a reviewer allowed.
 */
package com.haevn.validate.plan;
