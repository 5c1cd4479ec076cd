/** Budgets before review: the estimate of an environment's synth against the budget that synth declares. */
package com.haevn.validate.budget;
