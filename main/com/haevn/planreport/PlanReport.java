package com.haevn.planreport;

import java.util.List;

/** The report of every stack's plan, in input order, and what is known of the pull request. */
public record PlanReport(List<StackReport> stacks, ReviewContext review) {

    public PlanReport {
        stacks = List.copyOf(stacks);
    }

    public long blockingCount() {
        return stacks.stream().mapToLong(StackReport::blockingCount).sum();
    }
}
