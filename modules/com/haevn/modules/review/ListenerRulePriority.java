package com.haevn.modules.review;

/**
 * The priority of a review app's host rule on the front door's HTTPS listener, derived from the PR number so that
 * every PR keeps one stable priority without any allocation: {@code 1 + (pr - 1) mod 49999}, i.e. 1..49999. The
 * front door's own forward rule holds {@value #FRONT_DOOR_PRIORITY}, the last priority an ALB allows, so review rules
 * are always evaluated before it. Two open PRs whose numbers differ by a multiple of 49999 would collide; the ALB
 * refuses the second rule and its deploy fails without touching the first.
 */
public final class ListenerRulePriority {

    /** The front door's weighted forward rule (the highest priority number an ALB accepts). */
    public static final int FRONT_DOOR_PRIORITY = 50_000;
    /** Priorities review rules may take: 1 to {@value}. */
    public static final int REVIEW_PRIORITIES = FRONT_DOOR_PRIORITY - 1;

    private ListenerRulePriority() {
    }

    /** The priority of PR {@code pr}'s rule. */
    public static int of(long pr) {
        if (pr < 1) {
            throw new IllegalArgumentException("a PR number is a positive integer, got " + pr);
        }
        return (int) (1 + (pr - 1) % REVIEW_PRIORITIES);
    }
}
