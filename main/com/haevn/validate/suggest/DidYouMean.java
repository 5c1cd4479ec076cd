package com.haevn.validate.suggest;

import java.util.Collection;
import java.util.Optional;

/** Suggests the closest known name for a misspelt one, by Levenshtein distance. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code name}, if it is close enough to be a plausible typo: at most a third of the
     * name's length away (and at least one edit allowed), ties broken by the alphabetically first candidate.
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(4, name.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) > limit) {
                continue;
            }
            int distance = distance(name, candidate, limit);
            if (distance <= limit && (distance < bestDistance
                    || distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " Did you mean \"x\"?" or "" when nothing is close. */
    public static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " Did you mean \"" + c + "\"?").orElse("");
    }

    /** Levenshtein distance, giving up (returning limit + 1) once every path exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
