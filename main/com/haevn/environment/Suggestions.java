package com.haevn.environment;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the candidate with the smallest edit distance to what was written. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate, however far: for closed lists (regions) where any hint beats none. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String typed = input.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
    }

    /** The closest candidate if it is plausibly a typo of the input, otherwise nothing. */
    public static Optional<String> near(String input, Collection<String> candidates) {
        String typed = input.toLowerCase(Locale.ROOT);
        return closest(input, candidates).filter(c -> distance(typed, c) <= Math.max(2, c.length() / 3)
                || (typed.length() >= 3 && (c.startsWith(typed) || typed.startsWith(c))));
    }

    /** {@code  (did you mean "x"?)} or "" when nothing is near. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return near(input, candidates).map(c -> " (did you mean \"" + c + "\"?)").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
