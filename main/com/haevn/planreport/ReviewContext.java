package com.haevn.planreport;

import java.util.List;
import java.util.Optional;

/**
 * What the report knows of the pull request besides the plans, for the change-control checklist.
 *
 * @param labels       the pull request's labels, empty when not known
 * @param failedStacks stacks whose plan failed (no plan JSON): listed, and item 3 is not satisfied
 * @param artifactUrl  where the full report is kept (the workflow run), or empty
 */
public record ReviewContext(Optional<List<String>> labels, List<String> failedStacks, Optional<String> artifactUrl) {

    public static final String INFRA_LABEL = "infra-change";

    public ReviewContext {
        labels = labels.map(List::copyOf);
        failedStacks = List.copyOf(failedStacks);
    }

    public static ReviewContext none() {
        return new ReviewContext(Optional.empty(), List.of(), Optional.empty());
    }
}
