package com.haevn.planreport;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed's change-control checklist: (1) PR label {@code infra-change}, (2) approved by at least one SRE, (3) the
 * {@code terraform plan} diff attached to the PR, (4) post-merge verification in #infra-alerts; with what the
 * report itself can tell of each.
 */
public final class ChangeControlChecklist {

    private ChangeControlChecklist() {
    }

    public static List<ChecklistItem> of(PlanReport report) {
        ReviewContext review = report.review();
        List<ChecklistItem> items = new ArrayList<>();
        items.add(review.labels()
                .map(labels -> labels.contains(ReviewContext.INFRA_LABEL)
                        ? item(1, ChecklistItem.Status.SATISFIED, "the pull request carries the label")
                        : item(1, ChecklistItem.Status.NOT_SATISFIED,
                        "the label is missing: the change-control job fails until it is added"))
                .orElse(item(1, ChecklistItem.Status.PENDING, "labels not given to the report; the change-control"
                        + " job checks them")));
        long blocking = report.blockingCount();
        items.add(item(2, ChecklistItem.Status.PENDING, blocking == 0
                ? "required review (CODEOWNERS: an SRE) before merge"
                : "required review (CODEOWNERS: an SRE) before merge; " + blocking
                + " blocking finding(s) above need a fix, or an allow-destroy line for a destruction, first"));
        items.add(review.failedStacks().isEmpty()
                ? item(3, ChecklistItem.Status.SATISFIED, "this report: " + report.stacks().size()
                + " stack plan(s), each with its fingerprint")
                : item(3, ChecklistItem.Status.NOT_SATISFIED, "no plan for " + String.join(", ",
                review.failedStacks()) + ": the plan failed"));
        items.add(item(4, ChecklistItem.Status.PENDING, "after merge the deploy re-plans, refuses a plan that changed"
                + " since this review, and reports to #infra-alerts for the SRE on duty"));
        return items;
    }

    private static ChecklistItem item(int number, ChecklistItem.Status status, String detail) {
        String text = switch (number) {
            case 1 -> "PR label `" + ReviewContext.INFRA_LABEL + "` required";
            case 2 -> "Approved by at least one SRE";
            case 3 -> "`terraform plan` diff attached to PR";
            default -> "Post-merge verification in #infra-alerts";
        };
        return new ChecklistItem(number, text, status, detail);
    }
}
