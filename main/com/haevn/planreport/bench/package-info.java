/** The Java side of {@code bench/plan-report}: generated plans of many resource changes, and the timed report. */
package com.haevn.planreport.bench;
