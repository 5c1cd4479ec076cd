package com.haevn.planreport;

/**
 * The steps by which the Markdown report drops detail to fit its budget, in the order they are taken: each step
 * keeps every earlier one. The summary table, the fingerprints, the checklist and one line per stateful
 * destructive change are never dropped.
 */
enum Detail {
    FULL(""),
    LOW_RISK_ATTRIBUTES("attribute values of created, read, imported, moved and forgotten resources"),
    UPDATE_ATTRIBUTES("attribute changes of resources updated in place"),
    LOW_RISK_LINES("the line per created, read, imported, moved or forgotten resource (counted by type instead)"),
    FINDING_LINES("the line per validator finding (counted by rule instead)"),
    DRIFT_ATTRIBUTES("attribute changes of drifted resources"),
    UPDATE_LINES("the line per resource updated in place (counted by type instead)"),
    DESTRUCTIVE_ATTRIBUTES("attribute changes of destroyed and replaced resources (reasons kept)"),
    CAPPED_LISTS("list entries beyond the first " + MarkdownPlanReport.CAP + " of each section");

    private final String dropped;

    Detail(String dropped) {
        this.dropped = dropped;
    }

    /** What this step leaves out of the comment, for the list of omissions. */
    String dropped() {
        return dropped;
    }

    boolean atLeast(Detail step) {
        return compareTo(step) >= 0;
    }
}
